import type { ResultsDocument, Scenario } from '../engine/index';
import { Exact } from '../engine/index';
import { fieldInWords, locateInput } from '../report/inputs';
import { COMMON_OPTIONS, categoryAxis, moneyAxis, optionName } from './common';
import {
	capitalise,
	chartNumber,
	fullMoney,
	fullMoneyOfNumber,
	moneyInWords,
	slug
} from './format';
import { unitsLine } from './measure';
import { AXIS_COLOUR, SERIES_COLOURS, TEXT_COLOUR } from './palette';
import { referenceLine } from './reference-line';
import { costs, subject } from './sentences';
import { sourceLine } from './sources';
import type { ChartModel } from './types';

/** The most bars the chart draws; the table and the CSV list every input. */
export const MAX_TORNADO_BARS = 15;

/** Legend names of the two ends of each bar. */
export const AT_LOW = 'Input at its low value';
export const AT_HIGH = 'Input at its high value';

/** The widest a y-axis label line gets before it wraps, in characters. */
const LABEL_WIDTH = 40;
/** The same on a narrow chart, where the axis can take less room. */
const NARROW_LABEL_WIDTH = 28;
/** A chart narrower than this, in CSS pixels, wraps its labels at {@link NARROW_LABEL_WIDTH}. */
const NARROW_CHART = 600;

/** Splits a label into lines of about `width` characters at spaces, for the y axis. */
export function wrapLabel(label: string, width = LABEL_WIDTH): string[] {
	const lines: string[] = [];
	let current = '';
	for (const word of label.split(' ')) {
		if (current && current.length + 1 + word.length > width) {
			lines.push(current);
			current = word;
		} else {
			current = current ? `${current} ${word}` : word;
		}
	}
	if (current) lines.push(current);
	return lines;
}

/** A tornado chart, plus how many inputs it draws of how many the table lists. */
export interface TornadoModel extends ChartModel<'bar'> {
	/** Read under the chart: what a bar means, and how many inputs are drawn. */
	note: string;
	/** How many bars are drawn (at most {@link MAX_TORNADO_BARS}); 0 when no input has a range. */
	shown: number;
}

interface Row {
	option: string;
	line: string;
	input: string;
	label: string;
	atLow: string;
	atHigh: string;
}

/**
 * The message: whether the option costs more (or less) than the baseline at both ends of every
 * input's range, or which inputs could on their own reverse that.
 */
function message(
	scenario: Scenario,
	comparison: ResultsDocument['comparisons'][number],
	rows: readonly Row[]
): string {
	const who = subject(optionName(scenario, comparison.option));
	const than = subject(optionName(scenario, comparison.baseline)).name;
	const central = new Exact(comparison.difference.presentValue);
	if (rows.length === 0) {
		return `No input of ${who.name} or ${than} has a low and a high value, so there is no range to show`;
	}
	if (central.isZero()) {
		return `${capitalise(who.name)} and ${than} cost the same with every input central`;
	}
	const more = central.isPositive();
	const reverses = rows.filter((row) => {
		const [low, high] = [new Exact(row.atLow), new Exact(row.atHigh)];
		return more ? Exact.min(low, high).lte(0) : Exact.max(low, high).gte(0);
	});
	const [first] = reverses;
	if (!first) {
		return `${capitalise(who.name)} ${costs(who)} ${more ? 'more' : 'less'} than ${than} at both ends of every input's range`;
	}
	const which = first.label;
	return reverses.length === 1
		? `One input could on its own reverse the result: ${which}`
		: `${reverses.length} inputs could each reverse the result on their own, most of all ${which}`;
}

/**
 * The sensitivity of one comparison as a tornado (methodology §6): for each input with a
 * range, a horizontal floating bar from the present-value difference with that input at its
 * low value to the difference at its high value, meeting at the central difference (a dashed
 * line, named in the axis title). Inputs keep the engine's order, largest swing first, and are
 * labelled "Option · line · input". The chart draws the first {@link MAX_TORNADO_BARS}; the
 * table and CSV list them all.
 *
 * @param comparisonIndex which comparison of the results, 0 for the first non-baseline option
 * @throws RangeError when the results have no such comparison (a scenario of one option)
 */
export function buildTornado(
	scenario: Scenario,
	results: ResultsDocument,
	comparisonIndex = 0
): TornadoModel {
	const comparison = results.comparisons[comparisonIndex];
	if (!comparison) throw new RangeError(`No comparison ${comparisonIndex} in the results`);
	const currency = results.currency;
	const optionLabel = optionName(scenario, comparison.option);
	const baselineLabel = optionName(scenario, comparison.baseline);
	const rows: Row[] = comparison.sensitivity.map((entry) => {
		const located = locateInput(scenario, entry);
		const input = fieldInWords(located.line, entry.field);
		return {
			option: located.optionName,
			line: located.line.label,
			input,
			label: `${located.optionName} · ${located.line.label} · ${input}`,
			atLow: entry.atLow,
			atHigh: entry.atHigh
		};
	});
	const drawn = rows.slice(0, MAX_TORNADO_BARS);
	const central = comparison.difference.presentValue;
	const centralNumber = chartNumber(central);
	const what = `${optionLabel} minus ${baselineLabel}`;
	const bar =
		'Each bar runs from the difference with one input at its low value to the difference with it at its high value, everything else central. An input’s low value is not always the cheaper end: for income or a saving it is the dearer one.';
	const count =
		rows.length > drawn.length
			? ` The chart shows the ${drawn.length} inputs that move the difference most, of ${rows.length}; the table lists them all.`
			: '';
	return {
		title: message(scenario, comparison, rows),
		units: `${unitsLine(scenario, results.years, 'presentValue')}. The difference is ${what}: above zero, ${subject(optionLabel).name} ${costs(subject(optionLabel))} more`,
		source: sourceLine(scenario, comparison.sensitivity),
		description: `Tornado chart of how the present-value difference, ${what}, changes with each input at its low and high value, around the central difference of ${moneyInWords(central, currency)}. The figures are in the table that follows.`,
		note: bar + count,
		shown: drawn.length,
		csvFilename: `${slug(scenario.title)}-sensitivity-${slug(optionLabel)}.csv`,
		table: {
			caption: `Present-value difference, ${what}, with one input at a time at its low and then its high value; the central difference is ${fullMoney(central, currency)}`,
			currency,
			columns: [
				{ heading: 'Option', kind: 'text' },
				{ heading: 'Cost line', kind: 'text' },
				{ heading: 'Input', kind: 'text' },
				{ heading: 'Difference with the input low', kind: 'money' },
				{ heading: 'Difference with the input high', kind: 'money' }
			],
			rows: rows.map((row) => [row.option, row.line, row.input, row.atLow, row.atHigh])
		},
		config: {
			type: 'bar',
			data: {
				labels: drawn.map((row) => row.label),
				// Chart.js draws JS numbers: converted here, for display only, from penny strings.
				datasets: [
					{
						label: AT_LOW,
						data: drawn.map((row): [number, number] => [centralNumber, chartNumber(row.atLow)]),
						backgroundColor: SERIES_COLOURS[0],
						borderColor: SERIES_COLOURS[0],
						grouped: false
					},
					{
						label: AT_HIGH,
						data: drawn.map((row): [number, number] => [centralNumber, chartNumber(row.atHigh)]),
						backgroundColor: SERIES_COLOURS[1],
						borderColor: SERIES_COLOURS[1],
						grouped: false
					}
				]
			},
			plugins: [referenceLine],
			options: {
				...COMMON_OPTIONS,
				indexAxis: 'y',
				scales: {
					// Not from zero: the bars meet at the central difference, and zero is on the axis
					// whenever a bar reaches it.
					x: {
						...moneyAxis(currency),
						beginAtZero: false,
						title: {
							display: true,
							color: TEXT_COLOUR,
							text: `Difference (dashed line: central, ${fullMoney(central, currency)})`
						}
					},
					y: {
						...categoryAxis(),
						ticks: {
							...categoryAxis().ticks,
							autoSkip: false,
							// Narrower lines on a narrow chart, or chart.js cuts the labels off.
							callback(_value, index) {
								const width = this.chart.width < NARROW_CHART ? NARROW_LABEL_WIDTH : LABEL_WIDTH;
								return wrapLabel(drawn[index]?.label ?? '', width);
							}
						}
					}
				},
				plugins: {
					legend: { position: 'top', labels: { color: COMMON_OPTIONS.color } },
					referenceLine: { value: drawn.length > 0 ? centralNumber : null, colour: AXIS_COLOUR },
					tooltip: {
						callbacks: {
							label: (item) => {
								const [, end] = item.raw as [number, number];
								return `${item.dataset.label ?? ''}: ${fullMoneyOfNumber(end, currency)}`;
							}
						}
					}
				}
			}
		}
	};
}
