import type { Worksheet } from 'exceljs';
import { versionsSentence } from '../versions';
import { bold, heading } from './style';

/**
 * The Notes sheet: how the workbook is laid out, how to audit it, and what it does not do,
 * above all that a spreadsheet recalculates in binary floating point while the comparator
 * works in exact decimals.
 */

/** The notes, a paragraph a row; a heading where the first element is true. */
export const NOTES: readonly (readonly [boolean, string])[] = [
	[true, 'How this workbook works'],
	[
		false,
		'Inputs: every setting of the scenario and every input of every cost line, central values, in shaded cells. Percentages are in per cent: 3.5 means 3.5%. Where a line takes a setting by default (its price uplift is general inflation; a weekly line is billed for the weeks in a year) its cell is a formula pointing at the setting.'
	],
	[
		false,
		'Years: one column a year. t is the number of years after the first; the price index is (1 + inflation)^t; the discount factor follows HM Treasury’s Green Book step by step: DF = 1 in the first year, then DF(t) = DF(t − 1) / (1 + r(t)), with r = 3.5% for t = 1 to 30, 3% for 31 to 75 and 2.5% after (or a flat rate, or none, as the Inputs sheet says).'
	],
	[
		false,
		'One sheet an option: a row a cost line and a column a year, in three blocks. Cash is worked out from the Inputs sheet (for example a recurring line is amount × periods a year × quantity × (1 + growth)^t × (1 + uplift)^t, in the years from From year to To year); an overhead is its percentage of the cash of the lines it names, in the same year. Real terms = cash ÷ price index. Present value = real terms × discount factor. Totals are SUM formulas.'
	],
	[
		false,
		'Summary: the options’ totals and the differences from the baseline as formulas, then the low and high cases, the ranges and the break-even years as figures from the comparator.'
	],
	[
		false,
		'Claims (when the comparison checks any): each claim, who made it, the claimed amount, the difference and its range over the claim’s years and measure, and the verdict, as figures from the comparator. Sources: every source in full (title, publisher, date, link, quote and strength), so the source ids on the Inputs sheet can be looked up.'
	],
	[true, 'Why a figure may differ in the last digits'],
	[
		false,
		'The spreadsheet recalculates in binary floating point, as every spreadsheet does, while the comparator works in exact decimal arithmetic (methodology section 7). Recalculated figures can therefore differ from the comparator’s in the last of their fifteen or so significant digits. Rounded to the penny they agree; where they ever differ, the comparator’s exact figure is the one to quote. Until the workbook is recalculated, every cell shows the comparator’s own figure. Excel recalculates on opening; LibreOffice may keep the saved figures until asked (Data, Calculate, Recalculate Hard).'
	],
	[true, 'What the formulas do not cover'],
	[
		false,
		'The low and high cases, the sensitivity of the difference to each input and the switching values are worked out by the comparator and are not formulas here; the printed report and the results file (JSON) give them in full. Changing the number of years on the Inputs sheet does not add or remove year columns.'
	],
	[true, 'Versions'],
	[false, versionsSentence()]
];

/** Writes the Notes sheet. */
export function writeNotesSheet(sheet: Worksheet): void {
	sheet.getColumn('A').width = 110;
	NOTES.forEach(([isHeading, text], i) => {
		const cell = sheet.getCell(`A${i + 1}`);
		if (isHeading) heading(cell, text);
		else {
			cell.value = text;
			cell.alignment = { wrapText: true, vertical: 'top' };
		}
	});
	bold(sheet.getCell('A1'));
}
