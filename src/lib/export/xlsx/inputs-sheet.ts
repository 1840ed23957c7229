import type { CellValue, Worksheet } from 'exceljs';
import { Exact, INPUT_FIELDS, type InputField, type Line, type Range } from '../../engine/index';
import type { LineInputField } from '../../engine/types';
import { fieldWords, LINE_FIELD_HEADINGS } from '../../format/fields';
import type { Scenario } from '../../engine/types';
import { LABEL_WIDTH, toNumber } from './cells';
import { inputCell, settingCell } from './formulas';
import {
	INPUT_COLUMNS,
	LINES_HEADER_ROW,
	SETTING_ROWS,
	type InputColumn,
	type WorkbookLayout
} from './layout';
import { bold, heading, markInput, note } from './style';

/**
 * The Inputs sheet: every setting of the scenario and every input of every line, central
 * values, each in its own labelled cell, which every formula of the workbook reads. Where the
 * format supplies a default from a setting (a line's price uplift is general inflation, a weekly
 * line is billed for the weeks in a year), the cell is a formula pointing at the setting, so
 * changing the setting changes the line. Low and high values are listed after, for reference.
 */

/** The heading of each column: the line's fields in the spreadsheet's words (format/fields.ts). */
const COLUMN_HEADINGS: Record<InputColumn, string> = {
	option: 'Option',
	id: 'Line id',
	kind: 'Kind',
	...LINE_FIELD_HEADINGS,
	...(Object.fromEntries(
		INPUT_FIELDS.map((field) => [field, fieldWords({ kind: 'any' }, field, 'heading')])
	) as Record<LineInputField, string>)
};

/** A formula cell with the value it gives, so viewers that never recalculate show it. */
function formula(text: string, result: number): CellValue {
	return { formula: text, result };
}

function central(range: Range): number {
	return toNumber(range.central);
}

/** The cells of one line's row, by column, with the format's defaults as formulas. */
function lineCells(
	scenario: Scenario,
	line: Line,
	row: number
): Partial<Record<InputColumn, CellValue>> {
	const horizon = scenario.horizonYears;
	const inflation = toNumber(scenario.inflationPercent);
	const uplift = (range: Range | undefined): CellValue =>
		range ? central(range) : formula(settingCell('inflationPercent'), inflation);
	const years = (from: number | undefined, to: number | undefined) => ({
		fromYear: from ?? 1,
		toYear: to ?? formula(settingCell('horizonYears'), horizon)
	});
	switch (line.kind) {
		case 'recurring': {
			const periods: CellValue =
				line.periodsPerYear !== undefined
					? toNumber(line.periodsPerYear)
					: line.per === 'week'
						? formula(settingCell('weeksPerYear'), toNumber(scenario.weeksPerYear))
						: line.per === 'day'
							? formula(settingCell('daysPerYear'), toNumber(scenario.daysPerYear))
							: line.per === 'month'
								? 12
								: 1;
			return {
				amount: central(line.amount),
				per: line.per,
				periodsPerYear: periods,
				quantity: central(line.quantity),
				quantityGrowthPercent: central(line.quantityGrowthPercent),
				upliftPercent: uplift(line.upliftPercent),
				...years(line.fromYear, line.toYear)
			};
		}
		case 'staff':
			return {
				fte: central(line.fte),
				salary: central(line.salary),
				onCostPercent: central(line.onCostPercent),
				upliftPercent: uplift(line.upliftPercent),
				...years(line.fromYear, line.toYear)
			};
		case 'oneOff':
			return {
				amount: central(line.amount),
				upliftPercent: uplift(line.upliftPercent),
				fromYear: line.year,
				toYear: formula(inputCell('fromYear', row), line.year)
			};
		case 'risk':
			return {
				probabilityPercent: central(line.probabilityPercent),
				impact: central(line.impact),
				upliftPercent: uplift(line.upliftPercent),
				...years(line.fromYear, line.toYear)
			};
		case 'percentOf':
			return { percent: central(line.percent), of: line.of.join(', ') };
	}
}

function writeSettings(sheet: Worksheet, scenario: Scenario): void {
	const rate = scenario.discount.scheme === 'flat' ? toNumber(scenario.discount.ratePercent) : null;
	const baseline = scenario.options.find((option) => option.id === scenario.baseline);
	const rows: [keyof typeof SETTING_ROWS, string, CellValue, string][] = [
		['title', 'Title', scenario.title, ''],
		['currency', 'Currency', scenario.currency, 'ISO 4217 code; every amount is in it'],
		['startYear', 'First year', scenario.startYear, 'Labels the years only'],
		['yearBasis', 'Year basis', scenario.yearBasis, '"financial" (April to March) or "calendar"'],
		['horizonYears', 'Years compared', scenario.horizonYears, 'The sheets have one column a year'],
		['weeksPerYear', 'Weeks in a year', toNumber(scenario.weeksPerYear), 'For lines billed a week'],
		['daysPerYear', 'Days in a year', toNumber(scenario.daysPerYear), 'For lines billed a day'],
		[
			'inflationPercent',
			'General inflation, % a year',
			toNumber(scenario.inflationPercent),
			'Per cent: 2 means 2%'
		],
		['discountScheme', 'Discounting', scenario.discount.scheme, '"green-book", "flat" or "none"'],
		[
			'discountRatePercent',
			'Flat discount rate, % a year',
			rate,
			'Used only when discounting is "flat"'
		],
		[
			'baseline',
			'Baseline option',
			baseline?.name ?? scenario.baseline,
			'Every other option is compared with it'
		]
	];
	heading(sheet.getCell('A4'), 'Scenario settings');
	for (const [key, label, value, hint] of rows) {
		const row = SETTING_ROWS[key];
		sheet.getCell(`A${row}`).value = label;
		const cell = sheet.getCell(`B${row}`);
		cell.value = value;
		markInput(cell);
		if (hint) note(sheet.getCell(`C${row}`), hint);
	}
}

function writeLines(sheet: Worksheet, scenario: Scenario, layout: WorkbookLayout): void {
	heading(sheet.getCell(`A${LINES_HEADER_ROW - 1}`), 'Cost lines (central values)');
	for (const [column, letter] of Object.entries(INPUT_COLUMNS) as [InputColumn, string][]) {
		bold(sheet.getCell(`${letter}${LINES_HEADER_ROW}`), COLUMN_HEADINGS[column]);
	}
	scenario.options.forEach((option, o) => {
		option.lines.forEach((line, l) => {
			const row = layout.options[o].inputRows[l];
			const cells: Partial<Record<InputColumn, CellValue>> = {
				option: option.name,
				id: line.id,
				label: line.label,
				kind: line.kind,
				...lineCells(scenario, line, row),
				sources: line.sources.join(', ')
			};
			for (const [column, value] of Object.entries(cells) as [InputColumn, CellValue][]) {
				const cell = sheet.getCell(`${INPUT_COLUMNS[column]}${row}`);
				cell.value = value;
				if (typeof value === 'number') markInput(cell);
			}
		});
	});
}

/** Inputs whose low and high differ, for the table of ranges. */
function rangedInputs(line: Line): [InputField, Range][] {
	const inputs = line as unknown as Partial<Record<InputField, Range>>;
	return INPUT_FIELDS.flatMap((field): [InputField, Range][] => {
		const range = inputs[field];
		return range && !new Exact(range.low).eq(range.high) ? [[field, range]] : [];
	});
}

function writeRanges(sheet: Worksheet, scenario: Scenario, start: number): void {
	heading(sheet.getCell(`A${start}`), 'Low and high values');
	note(
		sheet.getCell(`A${start + 1}`),
		'For reference: the formulas use the central values above. The low and high cases, the sensitivity and the switching values are worked out by the comparator and given as figures on the Summary sheet and in the report.'
	);
	const header = start + 2;
	['Option', 'Line id', 'Cost line', 'Input', 'Low', 'Central', 'High'].forEach((text, i) =>
		bold(sheet.getRow(header).getCell(i + 1), text)
	);
	let row = header + 1;
	for (const option of scenario.options) {
		for (const line of option.lines) {
			for (const [field, range] of rangedInputs(line)) {
				const values = [option.name, line.id, line.label, field];
				values.forEach((value, i) => (sheet.getRow(row).getCell(i + 1).value = value));
				[range.low, range.central, range.high].forEach(
					(value, i) => (sheet.getRow(row).getCell(5 + i).value = toNumber(value))
				);
				row++;
			}
		}
	}
	if (row === header + 1) sheet.getCell(`A${row}`).value = 'No input has a low and a high value.';
}

/** Writes the Inputs sheet. */
export function writeInputsSheet(
	sheet: Worksheet,
	scenario: Scenario,
	layout: WorkbookLayout
): void {
	bold(sheet.getCell('A1'), 'Inputs');
	note(
		sheet.getCell('A2'),
		'Every figure in this workbook is a formula over the cells on this sheet. Shaded cells are inputs: change one and the workbook recalculates. Percentages are in per cent: 3.5 means 3.5%.'
	);
	writeSettings(sheet, scenario);
	writeLines(sheet, scenario, layout);
	writeRanges(sheet, scenario, layout.afterLines + 2);
	sheet.getColumn('A').width = 30;
	sheet.getColumn('B').width = 24;
	sheet.getColumn('C').width = LABEL_WIDTH;
	for (let c = 4; c <= 20; c++) sheet.getColumn(c).width = 14;
}
