import type Decimal from 'decimal.js';
import { Exact } from '../engine/index';
import { roundHalfUp } from '../engine/rounding';
import type { Analysis, OptionAnalysis, ResultsDocument, Scenario } from '../engine/index';
import { COMMON_OPTIONS, categoryAxis, moneyAxis } from './common';
import {
	capitalise,
	chartNumber,
	fullMoney,
	fullMoneyOfNumber,
	labelInSentence,
	slug
} from './format';
import { MEASURE_NAMES, unitsLine } from './measure';
import { seriesColour } from './palette';
import { subject } from './sentences';
import { linesOf, sourceLine } from './sources';
import type { ChartModel, Measure } from './types';

/** Said under a table whose rounded parts do not add up to its rounded total (methodology §7). */
export const MAY_NOT_SUM = 'Figures may not sum because of rounding.';

/** A share as a whole per cent, never rounded up to "100%" or down to "0%" when it is not. */
function percent(part: Decimal, whole: Decimal): string {
	const share = part.div(whole).times(100);
	const rounded = roundHalfUp(share, 0);
	if (rounded.gte(100) && share.lt(100)) return 'more than 99%';
	if (rounded.isZero() && !share.isZero()) return 'less than 1%';
	return `${rounded.toFixed()}%`;
}

/**
 * The message of the chart: which cost line is the largest part of the option's cost. With
 * income or savings among the lines (negative totals), the share is of the costs before them.
 */
function largestLineMessage(option: OptionAnalysis, measure: Measure): string {
	const who = subject(option.name);
	const [first, ...rest] = option.lines;
	const has = who.plural ? 'have' : 'has';
	if (!first) return `${capitalise(who.name)} ${has} no cost lines`;
	if (rest.length === 0) {
		return `${capitalise(who.name)} ${has} one cost line: ${labelInSentence(first.label)}`;
	}
	const largest = rest.reduce(
		(best, line) => (line.total[measure].gt(best.total[measure]) ? line : best),
		first
	);
	const positive = option.lines.filter((line) => line.total[measure].isPositive());
	const gross = positive.reduce((sum, line) => sum.plus(line.total[measure]), new Exact(0));
	if (!largest.total[measure].isPositive() || largest.total[measure].isZero()) {
		return `Cost of ${who.name} each year, by cost line`;
	}
	const hasIncome = positive.length < option.lines.length;
	const ofWhat = hasIncome ? 'the costs before income and savings' : 'the total';
	const its = who.plural ? 'their' : 'its';
	return `The largest cost of ${who.name} is ${its} ${labelInSentence(largest.label)}: ${percent(largest.total[measure], gross)} of ${ofWhat}`;
}

/** Whether the rounded parts of a row add up to its rounded total. */
function sums(parts: readonly string[], total: string): boolean {
	return parts.reduce((sum, part) => sum.plus(part), new Exact(0)).eq(total);
}

/**
 * The tallest stack of any option in any year, so the axis keeps its top when the reader
 * switches option and bars can be compared by eye; and the deepest stack below zero of the
 * option shown (income or savings), so no option gets an empty band below zero. Display only.
 */
function axisExtent(
	results: ResultsDocument,
	shown: ResultsDocument['options'][number],
	measure: Measure
): { min: number; max: number } {
	let min = 0;
	let max = 0;
	for (const option of results.options) {
		results.years.forEach((_, index) => {
			let up = 0;
			let down = 0;
			for (const line of option.lines) {
				const value = chartNumber(line.years[index][measure]);
				if (value > 0) up += value;
				else down += value;
			}
			max = Math.max(max, up);
			if (option === shown) min = Math.min(min, down);
		});
	}
	return { min, max };
}

/**
 * Annual cost of one option, stacked by cost line, as a bar chart: one bar a year, one
 * segment a line, in the chosen measure. Each segment is the line's figure for the year
 * rounded to the penny; the tooltip's total and the table's "Total" column are the option's
 * year rounded from its exact figure (methodology §7), with a note when the rounded parts do
 * not add up to it. The value axis reaches the tallest bar of any option, so switching option
 * keeps the scale.
 *
 * @param optionId which option; the first in the scenario when absent or unknown
 * @param measure cash, real terms or present value (the default)
 */
export function buildAnnualCost(
	scenario: Scenario,
	analysis: Analysis,
	results: ResultsDocument,
	measure: Measure = 'presentValue',
	optionId?: string
): ChartModel<'bar'> {
	const currency = results.currency;
	const years = results.years;
	const index = Math.max(
		0,
		results.options.findIndex((option) => option.id === optionId)
	);
	const option = results.options[index];
	const exact = analysis.options[index];
	const lineLabels = exact.lines.map((line) => line.label);
	const measureName = MEASURE_NAMES[measure];
	const span = years.length === 1 ? years[0].label : `${years[0].label} to ${years.at(-1)?.label}`;
	const rows = years.map((year, y) => [
		year.label,
		...option.lines.map((line) => line.years[y][measure]),
		option.years[y][measure]
	]);
	const { min, max } = axisExtent(results, option, measure);
	return {
		title: largestLineMessage(exact, measure),
		units: unitsLine(scenario, years, measure),
		source: sourceLine(scenario, linesOf(scenario, [option.id])),
		description: `Stacked bar chart of the cost of ${option.name} each year, by cost line, in ${measureName}, ${span}. The figures are in the table that follows.`,
		csvFilename: `${slug(scenario.title)}-annual-cost-${slug(option.name)}-${slug(measureName)}.csv`,
		table: {
			caption: `Cost of ${option.name} each year by cost line, ${measureName}, ${span}`,
			currency,
			columns: [
				{ heading: 'Year', kind: 'text' },
				...lineLabels.map((heading) => ({ heading, kind: 'money' as const })),
				{ heading: 'Total', kind: 'money' }
			],
			rows,
			...(rows.every((row) => sums(row.slice(1, -1), row[row.length - 1]))
				? {}
				: { note: MAY_NOT_SUM })
		},
		config: {
			type: 'bar',
			data: {
				labels: years.map((year) => year.label),
				datasets: option.lines.map((line, l) => ({
					label: lineLabels[l],
					// Chart.js draws JS numbers: converted here, for display only, from penny strings.
					data: line.years.map((figures) => chartNumber(figures[measure])),
					backgroundColor: seriesColour(l),
					borderColor: '#ffffff',
					borderWidth: 1,
					stack: 'cost'
				}))
			},
			options: {
				...COMMON_OPTIONS,
				interaction: { mode: 'index', intersect: false },
				scales: {
					x: { ...categoryAxis(), stacked: true },
					y: { ...moneyAxis(currency), stacked: true, suggestedMin: min, suggestedMax: max }
				},
				plugins: {
					legend: { position: 'top', labels: { color: COMMON_OPTIONS.color } },
					tooltip: {
						filter: (item) => item.parsed.y !== 0,
						callbacks: {
							label: (item) =>
								`${item.dataset.label ?? ''}: ${fullMoneyOfNumber(item.parsed.y ?? 0, currency)}`,
							footer: (items) => {
								const year = option.years[items[0]?.dataIndex ?? -1];
								return year ? `Total: ${fullMoney(year[measure], currency)}` : '';
							}
						}
					}
				}
			}
		}
	};
}
