/**
 * Saves a file the page has made, as a download: a Blob URL on a link that is clicked at
 * once and then let go. Browser only.
 *
 * @param name the file's name, as the browser saves it
 * @param type its media type
 */
export function saveFile(name: string, type: string, content: BlobPart): void {
	const url = URL.createObjectURL(new Blob([content], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	// Long enough for the browser to start reading it; then the memory is given back.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
