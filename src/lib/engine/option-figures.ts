import { ZERO, type Decimal } from './decimal';
import { plus, SCALED_ZERO, times, toDecimal, type Scaled } from './scaled';
import {
	biased,
	biasFactor,
	biasRateOf,
	directTerm,
	overheadTerms,
	scaledBias,
	scaledTermsTotals,
	valuesAt,
	type BiasRate,
	type Case,
	type PreparedLine,
	type PreparedOption,
	type Term
} from './lines';
import { MEASURES, type FactorSeries, type Measure, type SeriesCache } from './series';
import type { Measures } from './analysis';

/**
 * An option's terms for one case: `lines` in line order, each raised by optimism bias
 * (methodology §4a), and `direct`, each direct line's term before bias (none for overheads),
 * from which overheads are worked out.
 */
export interface OptionTerms {
	lines: Term[][];
	direct: (Term | undefined)[];
}

/**
 * The terms of every line of an option for one case. Given the central terms, a line whose
 * inputs (and bias rate) are all single values keeps its central terms (the same objects), so
 * its figures are worked out once for all three cases. Without central terms given, these are
 * the central ones, read year by year.
 */
export function optionTerms(
	option: PreparedOption,
	which: Case,
	cache: SeriesCache,
	central?: OptionTerms
): OptionTerms {
	const { lines, bias } = option;
	const factor = (rate: BiasRate): Decimal => biasFactor(bias?.[rate][which]);
	const rateFixed = (rate: BiasRate): boolean => !bias || bias[rate].low.eq(bias[rate].high);
	const inputsFixed = lines.map(isFixed);
	const sameDirect = (i: number): boolean => central !== undefined && inputsFixed[i];
	const same = (i: number): boolean => {
		if (central === undefined || !inputsFixed[i] || !rateFixed(biasRateOf(lines[i]))) return false;
		const line = lines[i];
		return line.kind !== 'percentOf' || line.of.every((j) => inputsFixed[j]);
	};
	const direct: (Term | undefined)[] = lines.map((line, i) => {
		if (line.kind === 'percentOf') return undefined;
		if (sameDirect(i)) return central!.direct[i];
		return directTerm(line, valuesAt(line, which), cache, central === undefined);
	});
	const ongoing = factor('ongoingPercent');
	const raise = { oneOff: scaledBias(factor('oneOffPercent')), ongoing: scaledBias(ongoing) };
	return {
		direct,
		lines: lines.map((line, i) => {
			if (same(i)) return central!.lines[i];
			if (line.kind !== 'percentOf') {
				return [biased(direct[i]!, line.kind === 'oneOff' ? raise.oneOff : raise.ongoing)];
			}
			return overheadTerms(
				line.inputs.percent[which],
				line.of.map((j) => direct[j]!),
				ongoing
			);
		})
	};
}

/** True when every input of a line is a single value (low = central = high). */
function isFixed(line: PreparedLine): boolean {
	return Object.values(line.inputs).every(
		(range) => range.low === range.high || range.low.eq(range.high)
	);
}

const totalsOf = new WeakMap<readonly Term[], Scaled[]>();
const decimalTotalsOf = new WeakMap<readonly Term[], Measures>();

/** Totals over the horizon of some terms, in cash, real and present value (MEASURES order). */
function scaledTotals(terms: readonly Term[]): Scaled[] {
	let figures = totalsOf.get(terms);
	if (!figures) {
		figures = scaledTermsTotals(terms, MEASURES);
		totalsOf.set(terms, figures);
	}
	return figures;
}

/** Totals over the horizon of some terms, in all three measures. */
export function totals(terms: readonly Term[]): Measures {
	let figures = decimalTotalsOf.get(terms);
	if (!figures) {
		figures = toMeasures(scaledTotals(terms));
		decimalTotalsOf.set(terms, figures);
	}
	return figures;
}

/**
 * The total of several lines' terms, in all three measures: exactly the sum of their totals,
 * added as BigInt decimals so that only the sum becomes a Decimal.
 */
export function linesTotal(lines: readonly (readonly Term[])[]): Measures {
	const sums = [SCALED_ZERO, SCALED_ZERO, SCALED_ZERO];
	for (const terms of lines) {
		scaledTotals(terms).forEach((total, i) => (sums[i] = plus(sums[i], total)));
	}
	return toMeasures(sums);
}

function toMeasures([cash, real, presentValue]: readonly Scaled[]): Measures {
	return {
		cash: toDecimal(cash),
		real: toDecimal(real),
		presentValue: toDecimal(presentValue)
	};
}

/** Adds measures exactly. */
export function sumMeasures(parts: readonly Measures[]): Measures {
	let cash = ZERO;
	let real = ZERO;
	let presentValue = ZERO;
	for (const part of parts) {
		cash = cash.plus(part.cash);
		real = real.plus(part.real);
		presentValue = presentValue.plus(part.presentValue);
	}
	return { cash, real, presentValue };
}

/** a − b in every measure, exactly. */
export function subtractMeasures(a: Measures, b: Measures): Measures {
	return {
		cash: a.cash.minus(b.cash),
		real: a.real.minus(b.real),
		presentValue: a.presentValue.minus(b.presentValue)
	};
}

/**
 * Year-by-year figures of some terms, as Decimals: a line's or an option's years, shown one by
 * one. Each year is summed exactly as BigInt decimals (yearlySums), and only the sums become
 * Decimals.
 */
export function yearly(terms: readonly Term[], horizon: number): Measures[] {
	const sums = yearlySums(terms, horizon, MEASURES);
	return Array.from({ length: horizon }, (_, t) => ({
		cash: toDecimal(sums.cash![t]),
		real: toDecimal(sums.real![t]),
		presentValue: toDecimal(sums.presentValue![t])
	}));
}

/**
 * Each series' coefficient steps: the coefficients of its terms added where a term starts and
 * taken away after it ends, so a running sum gives the series' coefficient year by year.
 * Terms that share a growth series are added up first, coefficient by coefficient, so the work
 * is one multiplication per series and year rather than per line and year; every step is
 * exact, so the result is the same to the last digit.
 */
function coefficientSteps(
	terms: readonly Term[],
	horizon: number
): Map<FactorSeries, (Scaled | undefined)[]> {
	const steps = new Map<FactorSeries, (Scaled | undefined)[]>();
	for (const term of terms) {
		const { coefficient } = term;
		if (coefficient.m === 0n) continue;
		let own = steps.get(term.series);
		if (!own) {
			own = new Array<Scaled | undefined>(horizon + 1);
			steps.set(term.series, own);
		}
		own[term.from - 1] = add(own[term.from - 1], coefficient);
		own[term.to] = add(own[term.to], coefficient, true);
	}
	return steps;
}

/**
 * Year-by-year figures of some terms in the measures asked for only, as exact BigInt decimals
 * (scaled.ts): a year is the sum of many products, and only the figures shown need Decimals.
 */
export function yearlySums(
	terms: readonly Term[],
	horizon: number,
	measures: readonly Measure[]
): Partial<Record<Measure, Scaled[]>> {
	const sums: Partial<Record<Measure, Scaled[]>> = {};
	for (const measure of measures) sums[measure] = new Array<Scaled>(horizon).fill(SCALED_ZERO);
	for (const [series, steps] of coefficientSteps(terms, horizon)) {
		let coefficient: Scaled | undefined;
		for (let t = 0; t < horizon; t++) {
			coefficient = add(coefficient, steps[t]);
			if (coefficient === undefined || coefficient.m === 0n) continue;
			for (const measure of measures) {
				const year = sums[measure]!;
				year[t] = plus(year[t], times(coefficient, series.scaledFactors(measure)[t]));
			}
		}
	}
	return sums;
}

/** a + b (or a − b), where an absent value is zero. */
function add(a: Scaled | undefined, b: Scaled | undefined, negate = false): Scaled | undefined {
	const addend = negate && b !== undefined ? { m: -b.m, e: b.e } : b;
	if (a === undefined) return addend;
	if (addend === undefined) return a;
	return plus(a, addend);
}

/** An option's terms in each case. */
export type TermsByCase = Record<Case, OptionTerms>;

/** The low and high terms beside given central ones. */
export function otherCases(
	option: PreparedOption,
	central: OptionTerms,
	cache: SeriesCache
): TermsByCase {
	return {
		low: optionTerms(option, 'low', cache, central),
		central,
		high: optionTerms(option, 'high', cache, central)
	};
}
