import { ONE, percentToFraction, toDecimal, type Decimal } from './decimal';
import { yearLabels } from './financial-year';
import { prepareOption, termsTotal, type PreparedOption, type Term } from './lines';
import {
	linesTotal,
	subtractMeasures,
	optionTerms,
	otherCases,
	totals,
	yearly,
	yearlySums,
	type OptionTerms,
	type TermsByCase
} from './option-figures';
import { SeriesCache } from './series';
import { fromDecimal, minus, plus, type Scaled } from './scaled';
import { OptionVariants, requiredValues, sensitivity, switchingValues } from './sensitivity';
import type {
	Analysis,
	ClaimAnalysis,
	ComparisonAnalysis,
	LineAnalysis,
	Measures,
	OptionAnalysis,
	Verdict
} from './analysis';
import type { Claim, Line, Option, Scenario } from './types';

/**
 * Computes everything methodology.md (version 1) defines for a validated scenario: every
 * option's cash, real and present-value figures by line and year, the low and high cases,
 * and for every option but the baseline the difference, its range, the break-even year, the
 * sensitivity and the switching values. Pure and exact: nothing is rounded here.
 */
export function analyse(scenario: Scenario): Analysis {
	const horizon = scenario.horizonYears;
	const { prepared, cache, central } = centralTerms(scenario);
	const terms = prepared.map((option, i) => otherCases(option, central[i], cache));
	const later = laterCentralTerms(scenario);
	const options = scenario.options.map((option, i) =>
		optionAnalysis(option, terms[i], horizon, later, i)
	);
	const presentValues = central.map(
		(option) => yearlySums(option.lines.flat(), horizon, ['presentValue']).presentValue!
	);

	const baselineIndex = scenario.options.findIndex((option) => option.id === scenario.baseline);
	const variants = prepared.map(
		(option, i) => new OptionVariants(option, cache, central[i].direct)
	);
	const comparisons = options
		.map((option, i) => ({ option, i }))
		.filter(({ i }) => i !== baselineIndex)
		.map(({ option, i }) =>
			comparison(
				[option, options[baselineIndex]],
				[presentValues[i], presentValues[baselineIndex]],
				[variants[i], variants[baselineIndex]]
			)
		);

	const analysis: Analysis = {
		currency: scenario.currency,
		years: yearLabels(scenario.startYear, scenario.yearBasis, horizon),
		options,
		comparisons
	};
	if (scenario.claims !== undefined) {
		const indexOf = new Map(scenario.options.map((option, i) => [option.id, i]));
		analysis.claims = scenario.claims.map((claim) => {
			const x = indexOf.get(claim.option)!;
			const b = indexOf.get(claim.baseline ?? scenario.baseline)!;
			return claimAnalysis(claim, horizon, [terms[x], terms[b]], [variants[x], variants[b]]);
		});
	}
	return analysis;
}

/**
 * A claim held against the figures (methodology §6a): the central difference over the claim's
 * years in its measure, the range from the input cases, the verdict (compared exactly) and,
 * for each linear input, the value that would make the claim true.
 */
function claimAnalysis(
	claim: Claim,
	horizon: number,
	[option, baseline]: [TermsByCase, TermsByCase],
	[optionVariants, baselineVariants]: [OptionVariants, OptionVariants]
): ClaimAnalysis {
	const years = claim.years ?? horizon;
	const { measure } = claim;
	const over = (terms: OptionTerms): Decimal => termsTotal(terms.lines.flat(), measure, years);
	const difference = over(option.central).minus(over(baseline.central));
	const range = {
		low: over(option.low).minus(over(baseline.high)),
		high: over(option.high).minus(over(baseline.low))
	};
	const amount = toDecimal(claim.amount);
	const verdict: Verdict = amount.lt(range.low)
		? 'below-range'
		: amount.gt(range.high)
			? 'above-range'
			: 'within-range';
	const requires = requiredValues(optionVariants, baselineVariants, difference, amount, {
		measure,
		years
	}).map(({ option, line, field, value }) => ({ option, line, field, value }));
	return {
		id: claim.id,
		option: optionVariants.id,
		baseline: baselineVariants.id,
		measure,
		years,
		amount,
		difference,
		range,
		verdict,
		requires
	};
}

/**
 * A scenario's prepared options and their central terms, on a factor series cache of its own.
 * Every option's central terms come first: their series are read year by year, and must be
 * marked so before any low or high case sums one of them (series.ts).
 */
function centralTerms(scenario: Scenario): {
	prepared: PreparedOption[];
	cache: SeriesCache;
	central: OptionTerms[];
} {
	const inflation = ONE.plus(percentToFraction(toDecimal(scenario.inflationPercent)));
	const cache = new SeriesCache(inflation, scenario.discount, scenario.horizonYears);
	const prepared = scenario.options.map((option) => prepareOption(scenario, option));
	const central = prepared.map((option) => optionTerms(option, 'central', cache));
	return { prepared, cache, central };
}

/**
 * The central terms made afresh from the scenario when first asked for, for years read after
 * the analysis. Keeping the analysis's own (and every factor series behind them) alive with
 * the figures would make each analysis hold more than a megabyte for views that mostly never
 * read a year. Made here, away from `analyse`, so that the function kept captures only the
 * scenario (a closure keeps its whole enclosing scope alive).
 */
function laterCentralTerms(scenario: Scenario): () => OptionTerms[] {
	let central: OptionTerms[] | undefined;
	return () => (central ??= centralTerms(scenario).central);
}

/** One option's figures, its years and its lines' years worked out when first read. */
function optionAnalysis(
	option: Option,
	terms: TermsByCase,
	horizon: number,
	later: () => OptionTerms[],
	index: number
): OptionAnalysis {
	return optionFigures(
		option,
		{
			total: linesTotal(terms.central.lines),
			low: linesTotal(terms.low.lines),
			high: linesTotal(terms.high.lines)
		},
		terms.central.lines.map(totals),
		horizon,
		() => later()[index]
	);
}

/** The same, holding only figures and how to make the central terms again (not `terms`). */
function optionFigures(
	option: Option,
	figures: Pick<OptionAnalysis, 'total' | 'low' | 'high'>,
	lineTotals: Measures[],
	horizon: number,
	central: () => OptionTerms
): OptionAnalysis {
	let years: Measures[] | undefined;
	return {
		id: option.id,
		name: option.name,
		...figures,
		get years(): Measures[] {
			years ??= yearly(central().lines.flat(), horizon);
			return years;
		},
		lines: option.lines.map((line, i) =>
			lineAnalysis(line, lineTotals[i], () => central().lines[i], horizon)
		)
	};
}

function lineAnalysis(
	line: Line,
	total: Measures,
	terms: () => readonly Term[],
	horizon: number
): LineAnalysis {
	let years: Measures[] | undefined;
	return {
		id: line.id,
		label: line.label,
		kind: line.kind,
		total,
		get years(): Measures[] {
			years ??= yearly(terms(), horizon);
			return years;
		}
	};
}

/**
 * One option against the baseline (methodology §6), from each side's figures, central present
 * values year by year and one-input variants, in that order.
 */
function comparison(
	[option, baseline]: [OptionAnalysis, OptionAnalysis],
	[optionValues, baselineValues]: [readonly Scaled[], readonly Scaled[]],
	[optionVariants, baselineVariants]: [OptionVariants, OptionVariants]
): ComparisonAnalysis {
	const difference = subtractMeasures(option.total, baseline.total);
	const presentValues = optionValues.map((value, t) => minus(value, baselineValues[t]));
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
		breakEvenYear: breakEvenYearOf(presentValues),
		sensitivity: sensitivity(optionVariants, baselineVariants, difference.presentValue),
		switchingValues: switchingValues(optionVariants, baselineVariants, difference.presentValue)
	};
}

/**
 * The first year y such that the cumulative present-value difference through y, and through
 * every later year, is at or below zero (methodology §6); null when it never settles there.
 */
export function breakEvenYear(presentValueDifferences: readonly Decimal[]): number | null {
	return breakEvenYearOf(presentValueDifferences.map(fromDecimal));
}

/** The same, from exact BigInt decimals (scaled.ts). */
function breakEvenYearOf(presentValueDifferences: readonly Scaled[]): number | null {
	const cumulative: Scaled[] = [];
	for (const difference of presentValueDifferences) {
		cumulative.push(cumulative.length === 0 ? difference : plus(cumulative.at(-1)!, difference));
	}
	let year: number | null = null;
	for (let t = cumulative.length - 1; t >= 0 && cumulative[t].m <= 0n; t--) year = t + 1;
	return year;
}
