/**
 * Plain-text layout helpers for terminal reports: aligned columns and word wrapping. Widths
 * are counted in UTF-16 code units, which is right for the Latin text and "£" of a report.
 */

/** A row of cells, or a heading line that spans the whole table and is not aligned. */
export type Row = readonly string[] | { heading: string };

/**
 * Lays out rows in columns separated by three spaces: the first column left-aligned, the
 * others right-aligned (they hold figures). Headings are printed as they are.
 *
 * @param indent put before every aligned row
 */
export function columns(rows: readonly Row[], indent = ''): string[] {
	const widths: number[] = [];
	for (const row of rows) {
		if ('heading' in row) continue;
		row.forEach((cell, i) => {
			widths[i] = Math.max(widths[i] ?? 0, cell.length);
		});
	}
	return rows.map((row) => {
		if ('heading' in row) return row.heading;
		const cells = row.map((cell, i) =>
			i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])
		);
		return (indent + cells.join('   ')).trimEnd();
	});
}

/** U+00A0 NO-BREAK SPACE: joins a figure to its unit ("£318.63 a week") so a line never parts them. */
export const NO_BREAK = '\u00a0';

/**
 * Wraps text at spaces so that no line is longer than `width` (a word longer than the width
 * stays whole), putting `first` before the first line and `rest` before the others. Text
 * joined by no-break spaces stays on one line, and the no-break spaces become plain spaces.
 */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
	const lines: string[] = [];
	let line = first;
	let empty = true;
	for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
		if (!empty && line.length + 1 + word.length > width) {
			lines.push(line);
			line = rest + word;
		} else {
			line += (empty ? '' : ' ') + word;
		}
		empty = false;
	}
	lines.push(line);
	return lines.map((wrapped) => wrapped.replaceAll(NO_BREAK, ' '));
}
