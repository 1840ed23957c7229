import { Exact, ONE, percentToFraction, toDecimal, type Decimal } from './decimal';
import {
	fromDecimal,
	plus,
	SCALED_ZERO,
	times,
	toDecimal as toScaledDecimal,
	type Scaled
} from './scaled';
import type { FactorSeries, Measure, SeriesCache } from './series';
import type {
	LineInputField,
	Line,
	OptimismBias,
	Option,
	PercentOfLine,
	Range,
	Scenario
} from './types';

/** Which value of every ranged input is used (methodology §5). */
export type Case = 'low' | 'central' | 'high';
export const CASES: readonly Case[] = ['low', 'central', 'high'];

/** A Range read into exact Decimals once. */
export type DecimalRange = Record<Case, Decimal>;

export function toDecimalRange(range: Range): DecimalRange {
	// Decimals are immutable, so equal ends share one (most ranges are a single value).
	const central = toDecimal(range.central);
	return {
		low: range.low === range.central ? central : toDecimal(range.low),
		central,
		high: range.high === range.central ? central : toDecimal(range.high)
	};
}

/**
 * A line that is not an overhead, ready to evaluate: its ranged inputs as Decimals, and the
 * fixed facts (periods a year, active years) resolved from the scenario's defaults.
 */
export interface DirectLine {
	kind: 'recurring' | 'staff' | 'oneOff' | 'risk';
	id: string;
	/** The ranged numeric inputs the line's kind has, by field name, in format.md's table order. */
	inputs: Partial<Record<LineInputField, DecimalRange>>;
	/** Periods a year for a recurring line; 1 otherwise. */
	periods: Decimal;
	from: number;
	to: number;
}

/** An overhead: a percentage of the cash of named lines of the same option, year by year. */
export interface OverheadLine {
	kind: 'percentOf';
	id: string;
	inputs: { percent: DecimalRange };
	/** Indexes of the named lines in the option's line list (repeated if named twice). */
	of: number[];
}

export type PreparedLine = DirectLine | OverheadLine;

/** Values of a line's inputs for one evaluation: a case, or a case with one input replaced. */
export type InputValues = Partial<Record<LineInputField, Decimal>>;

/** Picks every input of a line at one case. */
export function valuesAt(line: PreparedLine, which: Case): InputValues {
	const values: InputValues = {};
	for (const [field, range] of Object.entries(line.inputs) as [LineInputField, DecimalRange][]) {
		values[field] = range[which];
	}
	return values;
}

/** Which optimism bias rate raises a line (methodology §4a). */
export type BiasRate = keyof OptimismBias;

/** oneOff lines take `oneOffPercent`; every other line, overheads included, `ongoingPercent`. */
export function biasRateOf(line: { kind: Line['kind'] }): BiasRate {
	return line.kind === 'oneOff' ? 'oneOffPercent' : 'ongoingPercent';
}

/** An option ready to evaluate: its prepared lines and, where it gives one, its optimism bias. */
export interface PreparedOption {
	id: string;
	lines: PreparedLine[];
	bias?: Record<BiasRate, DecimalRange>;
}

/** Prepares an option: its lines, and its optimism bias rates read into Decimals. */
export function prepareOption(scenario: Scenario, option: Option): PreparedOption {
	const bias = option.optimismBias;
	return {
		id: option.id,
		lines: prepareLines(scenario, option.lines),
		bias: bias && {
			oneOffPercent: toDecimalRange(bias.oneOffPercent),
			ongoingPercent: toDecimalRange(bias.ongoingPercent)
		}
	};
}

/**
 * The factor optimism bias puts on a line's cash, 1 + rate / 100, for one value of the rate
 * (methodology §4a); exactly ONE when the rate is zero, so callers can skip the product.
 */
export function biasFactor(rate: Decimal | undefined): Decimal {
	return rate === undefined || rate.isZero() ? ONE : ONE.plus(percentToFraction(rate));
}

/**
 * Prepares one option's lines. A line that gives no uplift takes general inflation, so its
 * real cost stays constant (methodology §2).
 */
export function prepareLines(scenario: Scenario, lines: readonly Line[]): PreparedLine[] {
	const inflation = scenario.inflationPercent;
	const horizon = scenario.horizonYears;
	const index = new Map(lines.map((line, i) => [line.id, i]));
	const uplift = (range: Range | undefined): DecimalRange =>
		toDecimalRange(range ?? { low: inflation, central: inflation, high: inflation });
	return lines.map((line): PreparedLine => {
		switch (line.kind) {
			case 'recurring':
				return {
					kind: line.kind,
					id: line.id,
					inputs: {
						amount: toDecimalRange(line.amount),
						quantity: toDecimalRange(line.quantity),
						quantityGrowthPercent: toDecimalRange(line.quantityGrowthPercent),
						upliftPercent: uplift(line.upliftPercent)
					},
					periods: periodsPerYear(scenario, line),
					from: line.fromYear ?? 1,
					to: line.toYear ?? horizon
				};
			case 'staff':
				return {
					kind: line.kind,
					id: line.id,
					inputs: {
						fte: toDecimalRange(line.fte),
						salary: toDecimalRange(line.salary),
						onCostPercent: toDecimalRange(line.onCostPercent),
						upliftPercent: uplift(line.upliftPercent)
					},
					periods: ONE,
					from: line.fromYear ?? 1,
					to: line.toYear ?? horizon
				};
			case 'oneOff':
				return {
					kind: line.kind,
					id: line.id,
					inputs: {
						amount: toDecimalRange(line.amount),
						upliftPercent: uplift(line.upliftPercent)
					},
					periods: ONE,
					from: line.year,
					to: line.year
				};
			case 'risk':
				return {
					kind: line.kind,
					id: line.id,
					inputs: {
						probabilityPercent: toDecimalRange(line.probabilityPercent),
						impact: toDecimalRange(line.impact),
						upliftPercent: uplift(line.upliftPercent)
					},
					periods: ONE,
					from: line.fromYear ?? 1,
					to: line.toYear ?? horizon
				};
			case 'percentOf':
				return prepareOverhead(line, index);
		}
	});
}

function prepareOverhead(line: PercentOfLine, index: Map<string, number>): OverheadLine {
	return {
		kind: 'percentOf',
		id: line.id,
		inputs: { percent: toDecimalRange(line.percent) },
		of: line.of.map((id) => {
			const i = index.get(id);
			if (i === undefined) throw new Error(`percentOf line "${line.id}" names no line "${id}"`);
			return i;
		})
	};
}

/** periods(per) of methodology §4: the line's own periodsPerYear, else from `per`. */
function periodsPerYear(scenario: Scenario, line: Extract<Line, { kind: 'recurring' }>): Decimal {
	if (line.periodsPerYear !== undefined) return toDecimal(line.periodsPerYear);
	switch (line.per) {
		case 'week':
			return toDecimal(scenario.weeksPerYear);
		case 'month':
			return new Exact(12);
		case 'day':
			return toDecimal(scenario.daysPerYear);
		case 'year':
			return ONE;
		case 'hour':
			// The schema requires periodsPerYear with "hour" (format.md), so this is unreachable.
			throw new RangeError(`line "${line.id}" is priced per hour without its hours a year`);
	}
}

/**
 * The start-year cash of a direct line before growth, "the base": what year t's cash is
 * when multiplied by its growth factor (methodology §4 table). Linear in each of
 * amount, quantity, fte, salary, onCostPercent, probabilityPercent and impact.
 */
export function lineBase(line: DirectLine, values: InputValues): Decimal {
	switch (line.kind) {
		case 'recurring':
			return values.amount!.times(line.periods).times(values.quantity!);
		case 'staff':
			return values
				.fte!.times(values.salary!)
				.times(ONE.plus(percentToFraction(values.onCostPercent!)));
		case 'oneOff':
			return values.amount!;
		case 'risk':
			return percentToFraction(values.probabilityPercent!).times(values.impact!);
	}
}

/**
 * How much a direct line's base moves for one unit more of a field it is linear in, the others
 * as given: exactly lineBase(field + 1) − lineBase(field), written out for each kind.
 */
export function baseSlope(line: DirectLine, values: InputValues, field: LineInputField): Decimal {
	const v = values as Required<InputValues>;
	switch (`${line.kind}.${field}`) {
		case 'recurring.amount':
			return line.periods.times(v.quantity);
		case 'recurring.quantity':
			return v.amount.times(line.periods);
		case 'staff.fte':
			return v.salary.times(ONE.plus(percentToFraction(v.onCostPercent)));
		case 'staff.salary':
			return v.fte.times(ONE.plus(percentToFraction(v.onCostPercent)));
		case 'staff.onCostPercent':
			return percentToFraction(v.fte.times(v.salary));
		case 'oneOff.amount':
			return ONE;
		case 'risk.probabilityPercent':
			return percentToFraction(v.impact);
		case 'risk.impact':
			return percentToFraction(v.probabilityPercent);
		default:
			throw new RangeError(`a ${line.kind} line's base is not linear in ${field}`);
	}
}

/** The growth rate q of a direct line: (1 + g)(1 + u), with g = 0 except for recurring lines. */
export function lineGrowth(line: DirectLine, values: InputValues): Decimal {
	const uplift = ONE.plus(percentToFraction(values.upliftPercent!));
	if (line.kind !== 'recurring') return uplift;
	return ONE.plus(percentToFraction(values.quantityGrowthPercent!)).times(uplift);
}

/**
 * One piece of a line's cash: coefficient × growth factor, in the active years only. A direct
 * line is one term; an overhead is one term per line it names, scaled by its percentage.
 */
export interface Term {
	/** Exact, as a BigInt decimal (scaled.ts): terms are only ever summed and multiplied. */
	coefficient: Scaled;
	series: FactorSeries;
	from: number;
	to: number;
}

/** A direct line's single term for some input values; `yearly` when its years will be read. */
export function directTerm(
	line: DirectLine,
	values: InputValues,
	cache: SeriesCache,
	yearly = false
): Term {
	const series = growthSeries(line, values, cache);
	if (yearly) series.markYearly();
	return {
		coefficient: fromDecimal(lineBase(line, values)),
		series,
		from: line.from,
		to: line.to
	};
}

/** The growth inputs a line's series was found for, and the series: see `growthSeries`. */
interface KnownSeries {
	cache: SeriesCache;
	uplift: Decimal | undefined;
	growth: Decimal | undefined;
	series: FactorSeries;
}

const knownSeries = new WeakMap<DirectLine, KnownSeries[]>();
/** Growth inputs remembered per line: central, low, high and a sensitivity end or two. */
const KNOWN_PER_LINE = 6;

/**
 * A direct line's factor series for some input values. The low and high cases and most
 * sensitivity variants change other inputs and keep the growth inputs (the very same Decimals),
 * so the series found for them is remembered per line and reused without working out and
 * looking up the growth rate again.
 */
function growthSeries(line: DirectLine, values: InputValues, cache: SeriesCache): FactorSeries {
	const uplift = values.upliftPercent;
	const growth = values.quantityGrowthPercent;
	let known = knownSeries.get(line);
	const hit = known?.find(
		(entry) => entry.cache === cache && entry.uplift === uplift && entry.growth === growth
	);
	if (hit) return hit.series;
	const series = cache.get(lineGrowth(line, values));
	if (!known || known.length >= KNOWN_PER_LINE) knownSeries.set(line, (known = []));
	known.push({ cache, uplift, growth, series });
	return series;
}

/**
 * An overhead's terms: its fraction times each named line's term before optimism bias, year
 * by year (methodology §4), then raised by the option's ongoing bias factor (§4a).
 */
export function overheadTerms(percent: Decimal, named: readonly Term[], bias = ONE): Term[] {
	const fraction = fromDecimal(
		bias === ONE ? percentToFraction(percent) : percentToFraction(percent).times(bias)
	);
	return named.map((term) => ({ ...term, coefficient: times(fraction, term.coefficient) }));
}

/** A term raised by an optimism bias factor, given as a BigInt decimal; the same term without one. */
export function biased(term: Term, bias: Scaled | undefined): Term {
	return bias === undefined ? term : { ...term, coefficient: times(term.coefficient, bias) };
}

/** A bias factor as a BigInt decimal for `biased`, or undefined where it is exactly ONE. */
export function scaledBias(factor: Decimal): Scaled | undefined {
	return factor === ONE ? undefined : fromDecimal(factor);
}

/**
 * The sum of some terms over years 1..`years` (default: the whole horizon), for one measure,
 * exactly.
 */
export function termsTotal(terms: readonly Term[], measure: Measure, years = Infinity): Decimal {
	return toScaledDecimal(scaledTermsTotals(terms, [measure], years)[0]);
}

/**
 * The same sums, in each of the measures asked for, as BigInt decimals (scaled.ts): each term's
 * coefficient is read once for all of them.
 */
export function scaledTermsTotals(
	terms: readonly Term[],
	measures: readonly Measure[],
	years = Infinity
): Scaled[] {
	const sums = measures.map(() => SCALED_ZERO);
	for (const term of terms) {
		const { coefficient } = term;
		if (coefficient.m === 0n || term.from > years) continue;
		const to = Math.min(term.to, years);
		measures.forEach((measure, i) => {
			sums[i] = plus(
				sums[i],
				times(coefficient, term.series.scaledWindowSum(measure, term.from, to))
			);
		});
	}
	return sums;
}
