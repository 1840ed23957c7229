import type { CellValue, Worksheet } from 'exceljs';
import type { Analysis, Measures } from '../../engine/index';
import type { Scenario } from '../../engine/types';
import { versionsSentence } from '../versions';
import { FIGURE_WIDTH, LABEL_WIDTH, MONEY_FORMAT, sheetRef, toNumber } from './cells';
import { BLOCKS, type WorkbookLayout } from './layout';
import { bold, heading, note } from './style';

/**
 * The Summary sheet: each option's totals and each difference from the baseline as formulas
 * over the option sheets, then the figures the formulas do not work out (the low and high
 * cases, the ranges of the differences, the break-even years) as the comparator's values.
 */

/** Where the Summary sheet's formulas sit: a row an option and a row a comparison. */
export interface SummaryLayout {
	/** Totals: columns B (cash), C (real terms), D (present value). */
	optionRows: Record<string, number>;
	/** Differences, option minus baseline, in the same columns. */
	differenceRows: Record<string, number>;
}

const MEASURE_COLUMNS = ['B', 'C', 'D'] as const;
const MEASURE_KEYS: (keyof Measures)[] = ['cash', 'real', 'presentValue'];

/** The heading row of a table of the three measures. */
function measuresHeader(sheet: Worksheet, row: number, first: string): void {
	[first, 'Cash', 'Real terms', 'Present value'].forEach((text, i) =>
		bold(sheet.getRow(row).getCell(i + 1), text)
	);
}

/** A row of three money cells, values or formulas, under the measures' columns. */
function moneyRow(sheet: Worksheet, row: number, label: string, cells: CellValue[]): void {
	sheet.getCell(`A${row}`).value = label;
	cells.forEach((value, i) => {
		const cell = sheet.getCell(`${MEASURE_COLUMNS[i]}${row}`);
		cell.value = value;
		cell.numFmt = MONEY_FORMAT;
	});
}

/** Writes the Summary sheet; `link` is the live comparison, when known. */
export function writeSummarySheet(
	sheet: Worksheet,
	scenario: Scenario,
	analysis: Analysis,
	layout: WorkbookLayout,
	link: string | undefined
): SummaryLayout {
	heading(sheet.getCell('A1'), scenario.title);
	note(
		sheet.getCell('A2'),
		'Made by the public cost comparator. Every total below is a formula over the option sheets, which are formulas over the Inputs sheet. Read the Notes sheet for how it works.'
	);
	if (link) sheet.getCell('A3').value = { text: 'Open the live comparison', hyperlink: link };
	sheet.getCell('A4').value = versionsSentence();

	let row = 6;
	heading(
		sheet.getCell(`A${row++}`),
		`Total cost over the period, central case (${scenario.currency})`
	);
	measuresHeader(sheet, row++, 'Option');
	const optionRows: Record<string, number> = {};
	analysis.options.forEach((option, o) => {
		const sheetName = sheetRef(layout.options[o].sheet);
		const cells = BLOCKS.map((block, m) => ({
			formula: `${sheetName}B${layout.options[o].blocks[block].total}`,
			result: toNumber(option.total[MEASURE_KEYS[m]])
		}));
		optionRows[option.id] = row;
		moneyRow(
			sheet,
			row++,
			`${option.name}${option.id === scenario.baseline ? ' (baseline)' : ''}`,
			cells
		);
	});

	const differenceRows: Record<string, number> = {};
	if (analysis.comparisons.length > 0) {
		row++;
		heading(sheet.getCell(`A${row++}`), 'Difference from the baseline (option minus baseline)');
		note(sheet.getCell(`A${row++}`), 'Positive means the option costs more; negative, less.');
		measuresHeader(sheet, row++, 'Comparison');
		for (const comparison of analysis.comparisons) {
			const mine = optionRows[comparison.option];
			const theirs = optionRows[comparison.baseline];
			const cells = MEASURE_COLUMNS.map((column, m) => ({
				formula: `${column}${mine}-${column}${theirs}`,
				result: toNumber(comparison.difference[MEASURE_KEYS[m]])
			}));
			differenceRows[comparison.option] = row;
			moneyRow(
				sheet,
				row++,
				`${nameOf(analysis, comparison.option)} minus ${nameOf(analysis, comparison.baseline)}`,
				cells
			);
		}
	}

	row++;
	heading(
		sheet.getCell(`A${row++}`),
		'Low and high cases (figures from the comparator, not formulas)'
	);
	note(
		sheet.getCell(`A${row++}`),
		'The low case puts every input at its low value, the high case every input at its high value (Inputs sheet, "Low and high values"). They are input cases, not a confidence interval.'
	);
	measuresHeader(sheet, row++, 'Option and case');
	for (const option of analysis.options) {
		for (const which of ['low', 'high'] as const) {
			const figures = option[which];
			moneyRow(
				sheet,
				row++,
				`${option.name}: ${which} case`,
				MEASURE_KEYS.map((m) => toNumber(figures[m]))
			);
		}
	}
	for (const comparison of analysis.comparisons) {
		const name = `${nameOf(analysis, comparison.option)} minus ${nameOf(analysis, comparison.baseline)}`;
		for (const end of ['low', 'high'] as const) {
			const values = MEASURE_KEYS.map((m) => toNumber(comparison.differenceRange[m][end]));
			moneyRow(sheet, row++, `${name}: ${end} end of the range`, values);
		}
	}

	if (analysis.comparisons.length > 0) {
		row++;
		heading(sheet.getCell(`A${row++}`), 'Break-even year (from the comparator)');
		for (const comparison of analysis.comparisons) {
			const year = comparison.breakEvenYear;
			sheet.getCell(`A${row}`).value = nameOf(analysis, comparison.option);
			sheet.getCell(`B${row++}`).value =
				year === null
					? 'Never within the period'
					: `${analysis.years[year - 1].label} (year ${year})`;
		}
	}

	sheet.getColumn('A').width = LABEL_WIDTH + 10;
	for (const column of MEASURE_COLUMNS) sheet.getColumn(column).width = FIGURE_WIDTH + 2;
	return { optionRows, differenceRows };
}

function nameOf(analysis: Analysis, id: string): string {
	return analysis.options.find((option) => option.id === id)?.name ?? id;
}
