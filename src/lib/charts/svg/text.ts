/**
 * Text layout for the SVG charts without a browser to measure it: widths are estimated from
 * the number of characters (Arial averages about half its size a character), which is
 * enough to wrap titles and leave room for axis labels.
 */

/** The estimated width of a character, as a share of the font size. */
const CHARACTER_WIDTH = 0.52;

/** The estimated width of some text in pixels at a font size. */
export function textWidth(text: string, size: number): number {
	return text.length * size * CHARACTER_WIDTH;
}

/** Splits text into lines no wider than `width` pixels at a font size, at spaces. */
export function wrapText(text: string, width: number, size: number): string[] {
	const most = Math.max(8, Math.floor(width / (size * CHARACTER_WIDTH)));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > most) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}
