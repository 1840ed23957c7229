import type Decimal from 'decimal.js';
import type { Analysis, Measures } from '../engine/index';
import { addsUp, formatInUnit, unitInWords, unitLabel, type MoneyUnit } from '../format/units';
import type { FigureRef } from '../workings/types';
import { measureInWords, type Measure } from './measures';
import { optionName } from './names';
import type { MoneyFigure } from './types';

/**
 * Year-by-year tables in a chosen measure and unit: every option and every difference from the
 * baseline, and each option line by line. Every figure is rounded half-up in the unit from its
 * exact value; totals are rounded from the exact total, never summed from rounded parts
 * (methodology §7), so a table says when its rounded parts do not add up.
 */

/**
 * A row of figures: its heading and one cell a column, each formatted in the chosen unit and
 * named by the reference of its working (which shows it in pounds and pence).
 */
export interface FigureRow {
	label: string;
	cells: MoneyFigure[];
}

/** A table of money by year, ready to render. */
export interface FigureTableView {
	caption: string;
	/** The heading of the first column (the rows' headings). */
	corner: string;
	columns: string[];
	/** Which columns are differences from the baseline (same length as `columns`). */
	isDifference: boolean[];
	rows: FigureRow[];
	total: FigureRow;
	/** True when some rounded parts do not add up to their rounded total in the chosen unit. */
	mayNotSum: boolean;
}

/** How figures are shown: which measure, in which unit. */
export interface FigureChoice {
	measure: Measure;
	unit: MoneyUnit;
}

/** ", £'000" for captions; nothing in pounds, where every cell carries its currency. */
function unitPhrase(unit: MoneyUnit, currency: string): string {
	if (unit === 'pounds') return '';
	return `, in ${unitInWords(unit, currency)} (${unitLabel(unit, currency)})`;
}

/** A column of exact figures: one a year and its total, and how each is named. */
interface Column {
	label: string;
	isDifference: boolean;
	years: readonly Decimal[];
	total: Decimal;
	/** The reference of year `year` (1-based). */
	yearRef: (year: number) => FigureRef;
	totalRef: FigureRef;
}

function measureOf(measure: Measure): (figure: Measures) => Decimal {
	return (figure) => figure[measure];
}

function toTable(
	analysis: Analysis,
	caption: string,
	columns: Column[],
	{ unit }: FigureChoice,
	extraChecks: boolean
): FigureTableView {
	const cell = (value: Decimal, ref: FigureRef): MoneyFigure => ({
		text: formatInUnit(value, unit, analysis.currency),
		ref
	});
	return {
		caption,
		corner: 'Year',
		columns: columns.map((column) => column.label),
		isDifference: columns.map((column) => column.isDifference),
		rows: analysis.years.map((year, index) => ({
			label: year.label,
			cells: columns.map((column) => cell(column.years[index], column.yearRef(index + 1)))
		})),
		total: {
			label: 'Total',
			cells: columns.map((column) => cell(column.total, column.totalRef))
		},
		mayNotSum: extraChecks || columns.some((column) => !addsUp(column.years, column.total, unit))
	};
}

/**
 * Every option by year, then the difference of each from the baseline, with a total row. Says
 * the figures may not sum when a column's rounded years do not add up to its rounded total, or
 * a rounded difference is not the rounded option minus the rounded baseline.
 */
export function buildYearTable(analysis: Analysis, choice: FigureChoice): FigureTableView {
	const { measure } = choice;
	const of = measureOf(measure);
	const options: Column[] = analysis.options.map((option) => ({
		label: option.name,
		isDifference: false,
		years: option.years.map(of),
		total: of(option.total),
		yearRef: (year) => ({ kind: 'optionYear', option: option.id, year, measure }),
		totalRef: { kind: 'optionTotal', option: option.id, measure }
	}));
	let differencesDisagree = false;
	const differences: Column[] = analysis.comparisons.map((comparison) => {
		const option = analysis.options.find((each) => each.id === comparison.option);
		const baseline = analysis.options.find((each) => each.id === comparison.baseline);
		if (option && baseline) {
			const pairs = [
				...comparison.years.map((year, i) => [
					of(option.years[i]),
					of(baseline.years[i]),
					of(year)
				]),
				[of(option.total), of(baseline.total), of(comparison.difference)]
			];
			differencesDisagree ||= pairs.some(
				([mine, theirs, difference]) => !addsUp([mine, theirs.neg()], difference, choice.unit)
			);
		}
		return {
			label: `${optionName(analysis, comparison.option)} minus ${optionName(analysis, comparison.baseline)}`,
			isDifference: true,
			years: comparison.years.map(of),
			total: of(comparison.difference),
			yearRef: (year) => ({ kind: 'differenceYear', option: comparison.option, year, measure }),
			totalRef: { kind: 'difference', option: comparison.option, measure }
		};
	});
	const caption =
		`Cost of each option each year ${measureInWords(choice.measure, analysis.years)}` +
		unitPhrase(choice.unit, analysis.currency);
	return toTable(analysis, caption, [...options, ...differences], choice, differencesDisagree);
}

/**
 * One option line by line, each year, with its total column and total row. Says the figures may
 * not sum when rounded years do not add up to a line's rounded total, or rounded lines to the
 * option's rounded total for a year or for the whole horizon.
 */
export function buildLineBreakdown(
	analysis: Analysis,
	optionId: string,
	choice: FigureChoice
): FigureTableView {
	const option = analysis.options.find((each) => each.id === optionId);
	if (!option) throw new Error(`No option "${optionId}" in the analysis`);
	const { measure } = choice;
	const of = measureOf(measure);
	const lines: Column[] = option.lines.map((line) => ({
		label: line.label,
		isDifference: false,
		years: line.years.map(of),
		total: of(line.total),
		yearRef: (year) => ({ kind: 'lineYear', option: option.id, line: line.id, year, measure }),
		totalRef: { kind: 'lineTotal', option: option.id, line: line.id, measure }
	}));
	const total: Column = {
		label: 'All lines',
		isDifference: false,
		years: option.years.map(of),
		total: of(option.total),
		yearRef: (year) => ({ kind: 'optionYear', option: option.id, year, measure }),
		totalRef: { kind: 'optionTotal', option: option.id, measure }
	};
	const rowsDisagree = [...total.years, total.total].some((yearTotal, index) => {
		const parts = lines.map((line) =>
			index < total.years.length ? line.years[index] : line.total
		);
		return !addsUp(parts, yearTotal, choice.unit);
	});
	const caption =
		`${option.name}: cost of each line each year ${measureInWords(choice.measure, analysis.years)}` +
		unitPhrase(choice.unit, analysis.currency);
	return toTable(analysis, caption, [...lines, total], choice, rowsDisagree);
}
