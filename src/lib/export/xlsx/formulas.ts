import type { Line, Option } from '../../engine/types';
import { sheetRef, yearColumn } from './cells';
import { INPUT_COLUMNS, SETTING_ROWS, SHEETS, YEAR_ROWS, type InputColumn } from './layout';

/**
 * The workbook's formulas, as text without the leading "=" (as exceljs takes them). Each
 * follows methodology.md word for word, so a reader can hold the formula against the rule:
 * percentages are in per cent as entered ("3.5" is 3.5%), so every one is divided by 100.
 */

const INPUTS = sheetRef(SHEETS.inputs);
const YEARS = sheetRef(SHEETS.years);

/** An absolute reference to a cell of a line's row on the Inputs sheet: "'Inputs'!$E$19". */
export function inputCell(column: InputColumn, row: number): string {
	return `${INPUTS}$${INPUT_COLUMNS[column]}$${row}`;
}

/** An absolute reference to a setting on the Inputs sheet: "'Inputs'!$B$12". */
export function settingCell(setting: keyof typeof SETTING_ROWS): string {
	return `${INPUTS}$B$${SETTING_ROWS[setting]}`;
}

/** A row of the Years sheet in the year's column, the row fixed: "'Years'!C$5". */
export function yearsCell(row: keyof typeof YEAR_ROWS, year: number): string {
	return `${YEARS}${yearColumn(year)}$${YEAR_ROWS[row]}`;
}

/** (1 + rate/100)^t for a percentage cell: the growth over t years (methodology §2). */
function growth(rateCell: string, year: number): string {
	return `(1+${rateCell}/100)^${yearsCell('t', year)}`;
}

/** The cash of a direct line in its first year before growth, times its growth (methodology §4). */
function directCash(line: Exclude<Line, { kind: 'percentOf' }>, row: number, year: number): string {
	const cell = (column: InputColumn): string => inputCell(column, row);
	const uplift = growth(cell('upliftPercent'), year);
	switch (line.kind) {
		case 'recurring':
			return `${cell('amount')}*${cell('periodsPerYear')}*${cell('quantity')}*${growth(cell('quantityGrowthPercent'), year)}*${uplift}`;
		case 'staff':
			return `${cell('fte')}*${cell('salary')}*(1+${cell('onCostPercent')}/100)*${uplift}`;
		case 'oneOff':
			return `${cell('amount')}*${uplift}`;
		case 'risk':
			return `${cell('probabilityPercent')}/100*${cell('impact')}*${uplift}`;
	}
}

/**
 * A line's cash in one year (methodology §4). A direct line is zero outside its years, which
 * the Inputs sheet gives in its From and To columns. An overhead is its percentage of the sum of
 * the cash of the lines it names, read from the same year's cells of this option's sheet.
 *
 * @param option the line's option, to find the rows of the lines an overhead names
 * @param inputRow the line's row on the Inputs sheet
 * @param cashRows the cash rows of the option's lines on its sheet, in the option's order
 */
export function cashFormula(
	option: Option,
	line: Line,
	inputRow: number,
	cashRows: readonly number[],
	year: number
): string {
	if (line.kind === 'percentOf') {
		const named = line.of.map((id) => {
			const index = option.lines.findIndex((candidate) => candidate.id === id);
			return `${yearColumn(year)}${cashRows[index]}`;
		});
		return `${inputCell('percent', inputRow)}/100*(${named.join('+')})`;
	}
	const yearCell = yearsCell('year', year);
	const active = `AND(${yearCell}>=${inputCell('fromYear', inputRow)},${yearCell}<=${inputCell('toYear', inputRow)})`;
	return `IF(${active},${directCash(line, inputRow, year)},0)`;
}

/** Real terms: cash deflated by general inflation, cash / (1 + π)^t (methodology §2). */
export function realFormula(cashRow: number, year: number): string {
	return `${yearColumn(year)}${cashRow}/${yearsCell('priceIndex', year)}`;
}

/** Present value: real terms times the year's discount factor (methodology §2 and §3). */
export function presentValueFormula(realRow: number, year: number): string {
	return `${yearColumn(year)}${realRow}*${yearsCell('discountFactor', year)}`;
}

/** The sum of a row's years, for its Total column. */
export function rowTotalFormula(row: number, horizon: number): string {
	return `SUM(${yearColumn(1)}${row}:${yearColumn(horizon)}${row})`;
}

/** The sum of a column's lines, for a block's total row; 0 for an option with no lines. */
export function columnTotalFormula(column: string, rows: readonly number[]): string {
	if (rows.length === 0) return '0';
	return `SUM(${column}${rows[0]}:${column}${rows[rows.length - 1]})`;
}

/**
 * The discount rate for the step into year index t (methodology §3), from the scheme on the
 * Inputs sheet: the Green Book's 3.5% for t = 1..30, 3% for 31..75 and 2.5% after; a flat
 * rate; or none. Written for every scheme, so changing the scheme's cell changes the rates.
 */
export function discountRateFormula(year: number): string {
	const t = `${yearColumn(year)}$${YEAR_ROWS.t}`;
	const scheme = settingCell('discountScheme');
	return (
		`IF(${scheme}="flat",${settingCell('discountRatePercent')}/100,` +
		`IF(${scheme}="none",0,IF(${t}<=30,0.035,IF(${t}<=75,0.03,0.025))))`
	);
}

/** DF(t) = DF(t − 1) / (1 + r(t)) from year 2 on (methodology §3); DF(0) = 1 is a value. */
export function discountFactorFormula(year: number): string {
	const previous = `${yearColumn(year - 1)}${YEAR_ROWS.discountFactor}`;
	return `${previous}/(1+${yearColumn(year)}${YEAR_ROWS.discountRate})`;
}

/** (1 + π)^t, the price index that turns cash into start-year prices (methodology §2). */
export function priceIndexFormula(year: number): string {
	return `(1+${settingCell('inflationPercent')}/100)^${yearColumn(year)}${YEAR_ROWS.t}`;
}
