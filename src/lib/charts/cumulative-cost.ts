import { roundPenniesHalfUp } from '../engine/index';
import type Decimal from 'decimal.js';
import type { Analysis, ResultsDocument, Scenario, YearLabel } from '../engine/index';
import { COMMON_OPTIONS, categoryAxis, moneyAxis } from './common';
import { capitalise, chartNumber, fullMoneyOfNumber, moneyInWords, slug } from './format';
import { MEASURE_NAMES, unitsLine } from './measure';
import { SERIES_DASHES, SERIES_POINTS, seriesColour } from './palette';
import { costs, subject } from './sentences';
import { linesOf, sourceLine } from './sources';
import type { ChartModel, Measure } from './types';

/** One option's running total, year by year: exact, and rounded to the penny for showing. */
interface RunningTotal {
	id: string;
	name: string;
	exact: Decimal[];
	/** Penny strings, each rounded from the exact running total (methodology §7). */
	pennies: string[];
}

function runningTotals(analysis: Analysis, measure: Measure): RunningTotal[] {
	return analysis.options.map((option) => {
		const exact: Decimal[] = [];
		for (const year of option.years) {
			const previous = exact.at(-1);
			exact.push(previous ? previous.plus(year[measure]) : year[measure]);
		}
		return { id: option.id, name: option.name, exact, pennies: exact.map(roundPenniesHalfUp) };
	});
}

/** The first year index from which every later value passes `test`; -1 if the last fails. */
function settlesFrom(values: readonly Decimal[], test: (value: Decimal) => boolean): number {
	let from = values.length;
	while (from > 0 && test(values[from - 1])) from -= 1;
	return from === values.length ? -1 : from;
}

/**
 * The message of a two-option chart, from the running difference (option minus baseline):
 * whether the option costs more throughout, less throughout, or crosses over, and by how much
 * by the last year.
 */
function pairMessage(
	option: RunningTotal,
	baseline: RunningTotal,
	years: readonly YearLabel[],
	currency: string
): string {
	const gaps = option.exact.map((total, index) => total.minus(baseline.exact[index]));
	const who = subject(option.name);
	const than = subject(baseline.name).name;
	const last = years.at(-1)?.label ?? '';
	const final = gaps.at(-1);
	if (!final || final.isZero()) {
		return `${capitalise(who.name)} and ${than} cost the same in total by ${last}`;
	}
	const more = final.isPositive();
	const amount = moneyInWords(roundPenniesHalfUp(final), currency);
	const byTheEnd = `${amount} ${more ? 'more' : 'less'} by ${last}`;
	const opening = `${capitalise(who.name)} ${costs(who)}`;
	if (years.length === 1) return `${opening} ${byTheEnd.replace(/ by /, ` than ${than} in `)}`;
	const from = more
		? settlesFrom(gaps, (gap) => gap.isPositive() && !gap.isZero())
		: settlesFrom(gaps, (gap) => gap.isNegative() && !gap.isZero());
	if (from === 0)
		return `${opening} ${more ? 'more' : 'less'} than ${than} throughout: ${byTheEnd}`;
	return `${opening} ${more ? 'less' : 'more'} than ${than} at first, but ${more ? 'more' : 'less'} in total from ${years[from].label}: ${byTheEnd}`;
}

/**
 * The message of a chart of three or more options (which costs least by the last year), or of
 * a lone option (what it costs in all).
 */
function manyMessage(
	totals: readonly RunningTotal[],
	years: readonly YearLabel[],
	currency: string
): string {
	const finalOf = (total: RunningTotal): Decimal => total.exact[total.exact.length - 1];
	if (totals.length === 1) {
		const who = subject(totals[0].name);
		const amount = moneyInWords(roundPenniesHalfUp(finalOf(totals[0])), currency);
		return `${capitalise(who.name)} ${costs(who)} ${amount} in total by ${years.at(-1)?.label ?? ''}`;
	}
	const cheapest = totals.reduce((best, total) =>
		finalOf(total).lt(finalOf(best)) ? total : best
	);
	const who = subject(cheapest.name);
	return `By ${years.at(-1)?.label ?? ''}, ${who.name} ${costs(who)} the least of the ${totals.length} options`;
}

/**
 * Cumulative cost by option over the years, as a line chart: each option's running total in
 * the chosen measure, with a title that says which option costs more and by how much by the
 * last year.
 *
 * Each point is rounded to the penny from the exact running total (never summed from rounded
 * years), so the last point is the option's total in the results document.
 *
 * @param measure cash, real terms or present value (the default, as the headline uses)
 */
export function buildCumulativeCost(
	scenario: Scenario,
	analysis: Analysis,
	results: ResultsDocument,
	measure: Measure = 'presentValue'
): ChartModel<'line'> {
	const currency = results.currency;
	const years = results.years;
	const totals = runningTotals(analysis, measure);
	const baseline = totals.find((total) => total.id === scenario.baseline) ?? totals[0];
	const others = totals.filter((total) => total !== baseline);
	const title =
		others.length === 1
			? pairMessage(others[0], baseline, years, currency)
			: manyMessage(totals, years, currency);
	const measureName = MEASURE_NAMES[measure];
	const span = years.length === 1 ? years[0].label : `${years[0].label} to ${years.at(-1)?.label}`;
	return {
		title,
		units: `Running total from ${years[0].label}, ${unitsLine(scenario, years, measure)}`,
		source: sourceLine(
			scenario,
			linesOf(
				scenario,
				totals.map((total) => total.id)
			)
		),
		description: `Line chart of the running total cost of each option in ${measureName}, ${span}. The figures are in the table that follows.`,
		csvFilename: `${slug(scenario.title)}-cumulative-cost-${slug(measureName)}.csv`,
		table: {
			caption: `Running total cost of each option, ${measureName}, ${span}`,
			currency,
			columns: [
				{ heading: 'Year', kind: 'text' },
				...totals.map((total) => ({ heading: total.name, kind: 'money' as const }))
			],
			rows: years.map((year, index) => [year.label, ...totals.map((total) => total.pennies[index])])
		},
		config: {
			type: 'line',
			data: {
				labels: years.map((year) => year.label),
				datasets: totals.map((total, index) => ({
					label: total.name,
					// Chart.js draws JS numbers: converted here, for display only, from penny strings.
					data: total.pennies.map(chartNumber),
					borderColor: seriesColour(index),
					backgroundColor: seriesColour(index),
					borderDash: SERIES_DASHES[index % SERIES_DASHES.length],
					borderWidth: 2,
					pointStyle: SERIES_POINTS[index % SERIES_POINTS.length],
					pointRadius: 4,
					pointHoverRadius: 6,
					tension: 0
				}))
			},
			options: {
				...COMMON_OPTIONS,
				interaction: { mode: 'index', intersect: false },
				scales: {
					x: categoryAxis(),
					y: { ...moneyAxis(currency), beginAtZero: true }
				},
				plugins: {
					legend: { position: 'top', labels: { usePointStyle: true, color: COMMON_OPTIONS.color } },
					tooltip: {
						callbacks: {
							label: (item) =>
								`${item.dataset.label ?? ''}: ${fullMoneyOfNumber(item.parsed.y ?? 0, currency)}`
						}
					}
				}
			}
		}
	};
}
