import type { Cell } from 'exceljs';

/** The few styles the workbook uses: headings, notes, and shaded input cells. */

/** Light yellow: the usual mark of a cell a reader may change. */
const INPUT_FILL = 'FFFFF2CC';

export function bold(cell: Cell, text?: string): void {
	if (text !== undefined) cell.value = text;
	cell.font = { bold: true };
}

export function heading(cell: Cell, text: string): void {
	cell.value = text;
	cell.font = { bold: true, size: 13 };
}

export function note(cell: Cell, text: string): void {
	cell.value = text;
	cell.font = { italic: true, color: { argb: 'FF505A5F' } };
}

export function markInput(cell: Cell): void {
	cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: INPUT_FILL } };
}
