import { roundPenniesHalfUp, type Analysis, type Scenario } from '../engine/index';

/**
 * CSV for spreadsheets (RFC 4180): CRLF line endings, and fields quoted when they hold a
 * comma, a double quote, CR or LF, with double quotes inside doubled.
 */

/** The columns of the per-line CSV, in order. */
export const CSV_HEADER = [
	'option',
	'option_name',
	'line',
	'line_label',
	'year',
	'year_label',
	'cash',
	'real',
	'present_value'
] as const;

/** The columns of the claims table that follows the lines when the scenario has claims. */
export const CLAIMS_CSV_HEADER = [
	'claim',
	'claim_text',
	'option',
	'baseline',
	'measure',
	'years',
	'claimed',
	'difference',
	'range_low',
	'range_high',
	'verdict'
] as const;

/** RFC 4180 record separator. */
export const CRLF = '\r\n';

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];

/**
 * A cell of text typed by a person (a name or a label), made safe and quoted. Text that a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a leading
 * single quote, so "=HYPERLINK(…)" is shown, never executed.
 */
export function textCell(text: string): string {
	const safe = FORMULA_TRIGGERS.some((trigger) => text.startsWith(trigger)) ? `'${text}` : text;
	return quoteField(safe);
}

/**
 * A cell of a number or money string ("-1313207.88"). Never escaped against formulas: a
 * leading minus is the number's sign, and a spreadsheet must read the cell as a number.
 *
 * @throws RangeError if `value` is not a plain decimal string, so text cannot slip through
 */
export function numberCell(value: string): string {
	if (!/^-?\d+(?:\.\d+)?$/.test(value)) throw new RangeError(`Not a number: "${value}"`);
	return value;
}

/** Quotes a field when RFC 4180 requires it (comma, double quote, CR or LF), doubling quotes. */
export function quoteField(field: string): string {
	return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** One CSV record: cells already escaped, joined by commas, ended by CRLF. */
function record(cells: readonly string[]): string {
	return cells.join(',') + CRLF;
}

/**
 * Every option's cost lines year by year, central case, in cash, real terms and present
 * value: one row per option, line and year, in the scenario's order, after a header row.
 * Money is rounded half-up to the penny from the exact figure, as in the results document.
 * No byte-order mark: a caller that needs one for a spreadsheet adds it.
 */
export function buildLinesCsv(analysis: Analysis, scenario?: Scenario): string {
	let csv = record(CSV_HEADER);
	for (const option of analysis.options) {
		for (const line of option.lines) {
			line.years.forEach((figures, index) => {
				const year = analysis.years[index];
				csv += record([
					textCell(option.id),
					textCell(option.name),
					textCell(line.id),
					textCell(line.label),
					numberCell(String(year.year)),
					textCell(year.label),
					numberCell(roundPenniesHalfUp(figures.cash)),
					numberCell(roundPenniesHalfUp(figures.real)),
					numberCell(roundPenniesHalfUp(figures.presentValue))
				]);
			});
		}
	}
	if (analysis.claims !== undefined && scenario !== undefined) {
		csv += claimsCsv(analysis, scenario);
	}
	return csv;
}

/**
 * The claims (methodology §6a), after one empty record, as a second table with its own
 * header: what was claimed, the computed difference over the same years and measure, its
 * range and the verdict. Written only when the scenario has claims, so a file without them
 * stays one table.
 */
function claimsCsv(analysis: Analysis, scenario: Scenario): string {
	let csv = CRLF + record(CLAIMS_CSV_HEADER);
	analysis.claims!.forEach((claim, index) => {
		csv += record([
			textCell(claim.id),
			textCell(scenario.claims?.[index]?.text ?? ''),
			textCell(claim.option),
			textCell(claim.baseline),
			textCell(claim.measure),
			numberCell(String(claim.years)),
			numberCell(roundPenniesHalfUp(claim.amount)),
			numberCell(roundPenniesHalfUp(claim.difference)),
			numberCell(roundPenniesHalfUp(claim.range.low)),
			numberCell(roundPenniesHalfUp(claim.range.high)),
			textCell(claim.verdict)
		]);
	});
	return csv;
}
