import { ONE, ZERO, type Decimal } from './decimal';
import {
	CASES,
	directTerm,
	overheadTerms,
	termsTotal,
	valuesAt,
	type Case,
	type PreparedLine,
	type Term
} from './lines';
import { MEASURES, type FactorSeries, type Measure, type SeriesCache } from './series';
import type { Measures } from './analysis';

/** The terms of every line of an option for one case, in line order. */
export function optionTerms(
	lines: readonly PreparedLine[],
	which: Case,
	cache: SeriesCache
): Term[][] {
	const direct: (Term | undefined)[] = lines.map((line) =>
		line.kind === 'percentOf' ? undefined : directTerm(line, valuesAt(line, which), cache)
	);
	return lines.map((line, i) => {
		if (line.kind !== 'percentOf') return [direct[i]!];
		return overheadTerms(
			line.inputs.percent[which],
			line.of.map((j) => direct[j]!)
		);
	});
}

/** Totals over the horizon of some terms, in all three measures. */
export function totals(terms: readonly Term[]): Measures {
	return {
		cash: termsTotal(terms, 'cash'),
		real: termsTotal(terms, 'real'),
		presentValue: termsTotal(terms, 'presentValue')
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
 * Year-by-year figures of some terms. Terms that share a growth series are added up first,
 * coefficient by coefficient, so the work is one multiplication per series and year rather
 * than per line and year; since every step is exact, the result is the same to the last digit.
 */
export function yearly(terms: readonly Term[], horizon: number): Measures[] {
	const coefficientSteps = new Map<FactorSeries, (Decimal | undefined)[]>();
	for (const term of terms) {
		if (term.coefficient.isZero()) continue;
		let steps = coefficientSteps.get(term.series);
		if (!steps) {
			steps = new Array<Decimal | undefined>(horizon + 1);
			coefficientSteps.set(term.series, steps);
		}
		steps[term.from - 1] = add(steps[term.from - 1], term.coefficient);
		steps[term.to] = add(steps[term.to], term.coefficient.negated());
	}
	const sums: Record<Measure, (Decimal | undefined)[]> = {
		cash: new Array(horizon),
		real: new Array(horizon),
		presentValue: new Array(horizon)
	};
	for (const [series, steps] of coefficientSteps) {
		let coefficient: Decimal | undefined;
		for (let t = 0; t < horizon; t++) {
			coefficient = add(coefficient, steps[t]);
			if (coefficient === undefined || coefficient.isZero()) continue;
			for (const measure of MEASURES) {
				const factor = series.factor(measure, t);
				const part = factor === ONE ? coefficient : coefficient.times(factor);
				sums[measure][t] = add(sums[measure][t], part);
			}
		}
	}
	return Array.from({ length: horizon }, (_, t) => ({
		cash: sums.cash[t] ?? ZERO,
		real: sums.real[t] ?? ZERO,
		presentValue: sums.presentValue[t] ?? ZERO
	}));
}

/** a + b, where an absent value is zero; spares decimal.js the work of adding nothing. */
function add(a: Decimal | undefined, b: Decimal | undefined): Decimal | undefined {
	if (a === undefined) return b;
	if (b === undefined) return a;
	return a.plus(b);
}

/** An option's line terms in each case. */
export type TermsByCase = Record<Case, Term[][]>;

export function termsByCase(lines: readonly PreparedLine[], cache: SeriesCache): TermsByCase {
	const byCase = {} as TermsByCase;
	for (const which of CASES) byCase[which] = optionTerms(lines, which, cache);
	return byCase;
}
