/**
 * Turns a chart's SVG drawing into a PNG in the browser: the SVG is drawn on a canvas at twice
 * its size (sharp on high-density screens and in documents), on white, and read back with
 * `canvas.toBlob`. The SVG uses only system fonts, so nothing is fetched to draw it.
 */

/** How many canvas pixels to a CSS pixel of the drawing. */
const SCALE = 2;

/**
 * @param svg the text of a standalone SVG file
 * @param width the drawing's width in CSS pixels
 * @param height its height
 */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image(width, height);
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * SCALE);
		canvas.height = Math.round(height * SCALE);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('This browser cannot draw on a canvas.');
		context.fillStyle = '#ffffff';
		context.fillRect(0, 0, canvas.width, canvas.height);
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((done, fail) =>
			canvas.toBlob(
				(blob) => (blob ? done(blob) : fail(new Error('The PNG could not be made.'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
