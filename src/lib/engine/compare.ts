import { ONE, percentToFraction, toDecimal, type Decimal } from './decimal';
import { yearLabels } from './financial-year';
import { prepareLines, type Term } from './lines';
import {
	subtractMeasures,
	sumMeasures,
	optionTerms,
	otherCases,
	totals,
	yearly,
	yearlySums,
	type TermsByCase
} from './option-figures';
import { SeriesCache } from './series';
import { OptionVariants, sensitivity, switchingValues } from './sensitivity';
import type {
	Analysis,
	ComparisonAnalysis,
	LineAnalysis,
	Measures,
	OptionAnalysis
} from './analysis';
import type { Line, Option, Scenario } from './types';

/**
 * Computes everything methodology.md (version 1) defines for a validated scenario: every
 * option's cash, real and present-value figures by line and year, the low and high cases,
 * and for every option but the baseline the difference, its range, the break-even year, the
 * sensitivity and the switching values. Pure and exact: nothing is rounded here.
 */
export function analyse(scenario: Scenario): Analysis {
	const horizon = scenario.horizonYears;
	const inflation = ONE.plus(percentToFraction(toDecimal(scenario.inflationPercent)));
	const cache = new SeriesCache(inflation, scenario.discount, horizon);

	const prepared = scenario.options.map((option) => prepareLines(scenario, option.lines));
	// Every option's central terms first: their series are read year by year, and must be
	// marked so before any low or high case sums one of them (series.ts).
	const central = prepared.map((lines) => optionTerms(lines, 'central', cache));
	const terms = prepared.map((lines, i) => otherCases(lines, central[i], cache));
	const options = scenario.options.map((option, i) => optionAnalysis(option, terms[i], horizon));

	const baselineIndex = scenario.options.findIndex((option) => option.id === scenario.baseline);
	const variants = scenario.options.map(
		(option, i) => new OptionVariants(option.id, prepared[i], cache)
	);
	const comparisons = options
		.map((option, i) => ({ option, i }))
		.filter(({ i }) => i !== baselineIndex)
		.map(({ option, i }) =>
			comparison(option, options[baselineIndex], variants[i], variants[baselineIndex])
		);

	return {
		currency: scenario.currency,
		years: yearLabels(scenario.startYear, scenario.yearBasis, horizon),
		options,
		comparisons
	};
}

/**
 * Present value year by year of each option: the comparison needs it for the break-even year.
 * Cash and real terms year by year are worked out only when something reads them.
 */
const presentValueYears = new WeakMap<OptionAnalysis, Decimal[]>();

function optionAnalysis(option: Option, terms: TermsByCase, horizon: number): OptionAnalysis {
	const lines = option.lines.map((line, i) => lineAnalysis(line, terms.central[i], horizon));
	const central = terms.central.flat();
	const presentValues = yearlySums(central, horizon, ['presentValue']).presentValue!;
	let years: Measures[] | undefined;
	const analysis: OptionAnalysis = {
		id: option.id,
		name: option.name,
		total: sumMeasures(lines.map((line) => line.total)),
		low: sumMeasures(terms.low.map(totals)),
		high: sumMeasures(terms.high.map(totals)),
		get years(): Measures[] {
			if (!years) {
				const sums = yearlySums(central, horizon, ['cash', 'real']);
				years = presentValues.map((presentValue, t) => ({
					cash: sums.cash![t],
					real: sums.real![t],
					presentValue
				}));
			}
			return years;
		},
		lines
	};
	presentValueYears.set(analysis, presentValues);
	return analysis;
}

function lineAnalysis(line: Line, terms: Term[], horizon: number): LineAnalysis {
	let years: Measures[] | undefined;
	return {
		id: line.id,
		label: line.label,
		kind: line.kind,
		total: totals(terms),
		get years(): Measures[] {
			years ??= yearly(terms, horizon);
			return years;
		}
	};
}

function comparison(
	option: OptionAnalysis,
	baseline: OptionAnalysis,
	optionVariants: OptionVariants,
	baselineVariants: OptionVariants
): ComparisonAnalysis {
	const difference = subtractMeasures(option.total, baseline.total);
	const baselineValues = presentValueYears.get(baseline)!;
	const presentValues = presentValueYears
		.get(option)!
		.map((value, t) => value.minus(baselineValues[t]));
	let years: Measures[] | undefined;
	const range = (measure: keyof Measures): { low: Decimal; high: Decimal } => ({
		low: option.low[measure].minus(baseline.high[measure]),
		high: option.high[measure].minus(baseline.low[measure])
	});
	return {
		option: option.id,
		baseline: baseline.id,
		difference,
		differenceRange: {
			cash: range('cash'),
			real: range('real'),
			presentValue: range('presentValue')
		},
		get years(): Measures[] {
			years ??= option.years.map((year, t) => subtractMeasures(year, baseline.years[t]));
			return years;
		},
		breakEvenYear: breakEvenYear(presentValues),
		sensitivity: sensitivity(optionVariants, baselineVariants, difference.presentValue),
		switchingValues: switchingValues(optionVariants, baselineVariants, difference.presentValue)
	};
}

/**
 * The first year y such that the cumulative present-value difference through y, and through
 * every later year, is at or below zero (methodology §6); null when it never settles there.
 */
export function breakEvenYear(presentValueDifferences: readonly Decimal[]): number | null {
	const cumulative: Decimal[] = [];
	for (const difference of presentValueDifferences) {
		cumulative.push(cumulative.length === 0 ? difference : cumulative.at(-1)!.plus(difference));
	}
	let year: number | null = null;
	for (let t = cumulative.length - 1; t >= 0 && cumulative[t].lte(0); t--) year = t + 1;
	return year;
}
