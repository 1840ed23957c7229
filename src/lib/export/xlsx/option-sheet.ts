import type { Worksheet } from 'exceljs';
import type { Measures, OptionAnalysis } from '../../engine/index';
import type { Option } from '../../engine/types';
import { FIGURE_WIDTH, LABEL_WIDTH, MONEY_FORMAT, toNumber, yearColumn } from './cells';
import {
	cashFormula,
	columnTotalFormula,
	presentValueFormula,
	realFormula,
	rowTotalFormula
} from './formulas';
import { BLOCKS, OPTION_HEADER_ROW, type Block, type OptionSheetLayout } from './layout';
import { bold, heading, note } from './style';

/**
 * One option's sheet: a row a cost line and a column a year, in three blocks (cash, real terms,
 * present value), each cell a formula, with a total row under each block and a Total column
 * (B) beside the years. Cash reads the Inputs sheet; real terms divide cash by the year's price
 * index; present value multiplies real terms by the year's discount factor (Years sheet).
 * Each formula's cached result is the comparator's exact figure, as the nearest binary number.
 */

const BLOCK_TITLES: Record<Block, string> = {
	cash: 'Cash: what would be paid, in each year’s own prices',
	real: 'Real terms: cash in first-year prices (cash ÷ price index)',
	presentValue: 'Present value: real terms × discount factor'
};

const MEASURE_OF: Record<Block, keyof Measures> = {
	cash: 'cash',
	real: 'real',
	presentValue: 'presentValue'
};

/** Writes one option's sheet. */
export function writeOptionSheet(
	sheet: Worksheet,
	option: Option,
	analysis: OptionAnalysis,
	layout: OptionSheetLayout,
	yearLabels: readonly string[],
	isBaseline: boolean
): void {
	const horizon = yearLabels.length;
	const money = (address: string, formula: string, result: number): void => {
		const cell = sheet.getCell(address);
		cell.value = { formula, result };
		cell.numFmt = MONEY_FORMAT;
	};
	heading(sheet.getCell('A1'), `${option.name}${isBaseline ? ' (baseline)' : ''}`);
	note(
		sheet.getCell('A2'),
		'Every figure is a formula over the Inputs and Years sheets. Column B is the total of the years.'
	);
	bold(sheet.getCell(`A${OPTION_HEADER_ROW}`), 'Cost line');
	bold(sheet.getCell(`B${OPTION_HEADER_ROW}`), 'Total');
	yearLabels.forEach((label, t) =>
		bold(sheet.getCell(`${yearColumn(t + 1)}${OPTION_HEADER_ROW}`), label)
	);

	const cashRows = layout.blocks.cash.lines;
	for (const block of BLOCKS) {
		const rows = layout.blocks[block];
		const measure = MEASURE_OF[block];
		bold(sheet.getCell(`A${rows.title}`), BLOCK_TITLES[block]);
		option.lines.forEach((line, l) => {
			const row = rows.lines[l];
			const figures = analysis.lines[l];
			sheet.getCell(`A${row}`).value = line.label;
			for (let year = 1; year <= horizon; year++) {
				const formula =
					block === 'cash'
						? cashFormula(option, line, layout.inputRows[l], cashRows, year)
						: block === 'real'
							? realFormula(layout.blocks.cash.lines[l], year)
							: presentValueFormula(layout.blocks.real.lines[l], year);
				money(`${yearColumn(year)}${row}`, formula, toNumber(figures.years[year - 1][measure]));
			}
			money(`B${row}`, rowTotalFormula(row, horizon), toNumber(figures.total[measure]));
		});
		bold(sheet.getCell(`A${rows.total}`), `Total, ${option.name}`);
		for (let year = 1; year <= horizon; year++) {
			const column = yearColumn(year);
			money(
				`${column}${rows.total}`,
				columnTotalFormula(column, rows.lines),
				toNumber(analysis.years[year - 1][measure])
			);
			sheet.getCell(`${column}${rows.total}`).font = { bold: true };
		}
		money(
			`B${rows.total}`,
			rowTotalFormula(rows.total, horizon),
			toNumber(analysis.total[measure])
		);
		sheet.getCell(`B${rows.total}`).font = { bold: true };
	}
	sheet.getColumn('A').width = LABEL_WIDTH;
	sheet.getColumn('B').width = FIGURE_WIDTH + 2;
	for (let year = 1; year <= horizon; year++)
		sheet.getColumn(yearColumn(year)).width = FIGURE_WIDTH;
	sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: OPTION_HEADER_ROW }];
}
