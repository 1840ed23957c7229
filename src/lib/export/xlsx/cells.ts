import type Decimal from 'decimal.js';

/** Addresses, references and number formats shared by the workbook's sheets. */

/** The spreadsheet column of a 1-based index: 1 → "A", 27 → "AA". */
export function columnLetter(index: number): string {
	let letters = '';
	for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) {
		letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
	}
	return letters;
}

/** The first column of years on the Years sheet and every option's sheet: C. */
export const FIRST_YEAR_COLUMN = 3;

/** The column of a year (1-based) on the Years sheet and the option sheets: year 1 → "C". */
export function yearColumn(year: number): string {
	return columnLetter(FIRST_YEAR_COLUMN + year - 1);
}

/**
 * A sheet's name as a formula writes it: a plain word as it is ("Inputs!"), anything else in
 * single quotes with quotes inside doubled ("'Children''s trust'!"). A word that could be
 * read as a cell or a value ("AB12", "R1C1", "TRUE") is quoted too.
 */
export function sheetRef(name: string): string {
	const plain =
		/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) &&
		!/^[A-Za-z]{1,3}\d+$|^R\d*C\d*$|^(?:TRUE|FALSE)$/i.test(name);
	return plain ? `${name}!` : `'${name.replaceAll("'", "''")}'!`;
}

/**
 * A decimal as the spreadsheet's binary floating-point number: the nearest double. Only for
 * values written into cells; the comparator's own arithmetic never goes through here.
 */
export function toNumber(value: Decimal | string): number {
	return Number(typeof value === 'string' ? value : value.toString());
}

/** Money to the penny with thousands separators; negative figures with a minus sign. */
export const MONEY_FORMAT = '#,##0.00;-#,##0.00';

/** A factor such as a discount factor: eight decimal places. */
export const FACTOR_FORMAT = '0.00000000';

/** Column widths, in characters. */
export const LABEL_WIDTH = 44;
export const FIGURE_WIDTH = 16;
