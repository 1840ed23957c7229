import { encode } from 'uqr';

/**
 * A QR code of a link, as one SVG path of its dark modules (uqr: no dependencies, MIT), so a
 * page can draw it as markup, without raw HTML or a data: address, and print it sharply.
 */

/** A QR code: its width in modules, quiet zone included, and the path of its dark modules. */
export interface QrCode {
	size: number;
	/** SVG path data in module units: one "M x y h n v 1 h −n z" rectangle a run of dark modules. */
	path: string;
}

/** The quiet zone around the code, in modules, as the standard asks. */
const BORDER = 4;

/**
 * The QR code of a text, at the lowest error correction that fits (raised when room is left),
 * or null when the text is too long for any QR code (about 2,900 bytes).
 */
export function qrCode(text: string): QrCode | null {
	let data: boolean[][];
	try {
		data = encode(text, { ecc: 'L', boostEcc: true, border: BORDER }).data;
	} catch {
		return null;
	}
	let path = '';
	data.forEach((row, y) => {
		for (let x = 0; x < row.length;) {
			if (!row[x]) {
				x++;
				continue;
			}
			let run = 1;
			while (row[x + run]) run++;
			path += `M${x} ${y}h${run}v1h-${run}z`;
			x += run;
		}
	});
	return { size: data.length, path };
}
