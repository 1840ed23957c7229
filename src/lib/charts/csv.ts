import { CRLF, numberCell, textCell } from '../report/csv';
import type { FigureTable } from './types';

/** UTF-8 byte-order mark: without it Excel reads "£" and accented names as Windows-1252. */
export const BOM = '\uFEFF';

/**
 * A chart's figures as CSV text (RFC 4180): a byte-order mark, a header row of the column
 * headings, then one record per row, every record ended by CRLF. Text cells are quoted where
 * needed and escaped against formula injection (a name such as "=HYPERLINK(…)" is written
 * "'=HYPERLINK(…)"); money cells are the penny strings as they are, so a spreadsheet reads
 * them as numbers.
 */
export function buildChartCsv(table: FigureTable): string {
	const header = table.columns.map((column) => textCell(column.heading));
	const records = table.rows.map((row) =>
		row.map((cell, index) =>
			table.columns[index]?.kind === 'money' ? numberCell(cell) : textCell(cell)
		)
	);
	return BOM + [header, ...records].map((cells) => cells.join(',') + CRLF).join('');
}
