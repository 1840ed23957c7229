import { CLOSED_PRECISION, FACTOR_PRECISION, ONE, type Decimal } from './decimal';
import { scaledDiscountFactors } from './discounting';
import { discountSegments, geometricSum, presentValueSum, type DiscountSegment } from './geometric';
import {
	atExponent,
	fromDecimal,
	isOne,
	quotient,
	roundTo,
	SCALED_ONE,
	times,
	toDecimal,
	type Scaled
} from './scaled';
import type { Discount } from './types';

/** The three measures of methodology §2. */
export type Measure = 'cash' | 'real' | 'presentValue';
export const MEASURES: readonly Measure[] = ['cash', 'real', 'presentValue'];

/**
 * The year factors of one growth rate q = (1 + g)(1 + u), the price and volume growth of a line
 * (methodology §2 and §4), for t = 0..H−1:
 *
 * - cash: q^t, what one pound of start-year base costs in year t's own prices;
 * - real: (q / (1 + π))^t, that cash deflated by general inflation π;
 * - presentValue: the real factor × DF(t).
 *
 * Each factor is carried at the factor precision (decimal.ts) and then used exactly; prefix
 * sums are exact, so a window's sum is exactly the sum of its years. A line whose price
 * follows general inflation has q = 1 + π, and its real factor is exactly 1 in every year.
 *
 * Arrays are built for one measure only when first asked for: sensitivity needs only
 * present values. A series that no figure reads year by year (one made only for the low and
 * high cases or a sensitivity variant) sums its windows in closed form instead (geometric.ts).
 */
export class FactorSeries {
	readonly #q: Decimal;
	readonly #inflation: Decimal;
	readonly #discount: readonly Scaled[];
	readonly #factors = new Map<Measure, Scaled[]>();
	readonly #decimalFactors = new Map<Measure, Decimal[]>();
	readonly #prefix = new Map<Measure, { e: number; sums: bigint[] }>();
	readonly #segments: readonly DiscountSegment[];
	readonly #closedSums = new Map<string, Scaled>();
	#yearly = false;
	#scaledQValue: Scaled | undefined;
	/** q / (1 + π) at the closed-form precision, worked out once. */
	#closedReal: Scaled | undefined;

	constructor(
		q: Decimal,
		inflation: Decimal,
		discount: readonly Scaled[],
		segments: readonly DiscountSegment[]
	) {
		this.#q = q;
		this.#inflation = inflation;
		this.#discount = discount;
		this.#segments = segments;
	}

	/**
	 * Marks the series as read year by year, so its windows are summed from its years. Must
	 * come before any window is summed, so every total of a yearly series is the sum of years.
	 */
	markYearly(): void {
		if (this.#yearly) return;
		if (this.#closedSums.size > 0) throw new Error('a series became yearly after being summed');
		this.#yearly = true;
	}

	get horizon(): number {
		return this.#discount.length;
	}

	/** The factor of year index t (0-based) for a measure. */
	factor(measure: Measure, t: number): Decimal {
		let factors = this.#decimalFactors.get(measure);
		if (!factors) {
			factors = [];
			this.#decimalFactors.set(measure, factors);
		}
		const factor = this.scaledFactors(measure)[t];
		return (factors[t] ??= isOne(factor) ? ONE : toDecimal(factor));
	}

	/** The sum of the factors of years `from`..`to` (1-based, inclusive), exactly, as a BigInt decimal. */
	scaledWindowSum(measure: Measure, from: number, to: number): Scaled {
		if (!this.#yearly) return this.#closedSum(measure, from, to);
		const { e, sums } = this.#prefixSums(measure);
		return { m: sums[to] - sums[from - 1], e };
	}

	/** The same sum from geometric series: t runs from − 1 to to − 1. */
	#closedSum(measure: Measure, from: number, to: number): Scaled {
		const key = `${measure}|${from}|${to}`;
		let sum = this.#closedSums.get(key);
		if (sum !== undefined) return sum;
		const [first, last] = [from - 1, to - 1];
		if (measure === 'cash') sum = geometricSum(this.#scaledQ(), first, last);
		else {
			this.#closedReal ??= quotient(
				this.#scaledQ(),
				fromDecimal(this.#inflation),
				CLOSED_PRECISION
			);
			sum =
				measure === 'real'
					? geometricSum(this.#closedReal, first, last)
					: presentValueSum(this.#closedReal, this.#segments, first, last);
		}
		this.#closedSums.set(key, sum);
		return sum;
	}

	/** q as a BigInt decimal, read once. */
	#scaledQ(): Scaled {
		return (this.#scaledQValue ??= fromDecimal(this.#q));
	}

	/** The factors of every year for a measure, as exact BigInt decimals (scaled.ts). */
	scaledFactors(measure: Measure): Scaled[] {
		let factors = this.#factors.get(measure);
		if (!factors) {
			factors = this.#build(measure);
			this.#factors.set(measure, factors);
		}
		return factors;
	}

	#build(measure: Measure): Scaled[] {
		if (measure === 'presentValue') {
			// The product with the discount factor keeps the factor precision (or the discount
			// factor is exactly 1, and the real factor stands).
			const real = this.scaledFactors('real');
			return real.map((factor, t) => {
				const discount = this.#discount[t];
				return isOne(discount) ? factor : roundTo(times(discount, factor), FACTOR_PRECISION);
			});
		}
		const q = this.#scaledQ();
		const ratio =
			measure === 'cash' ? q : quotient(q, fromDecimal(this.#inflation), FACTOR_PRECISION);
		return compound(ratio, this.horizon);
	}

	/** Prefix sums of a measure's factors, all at the smallest power of ten among them: exact. */
	#prefixSums(measure: Measure): { e: number; sums: bigint[] } {
		let prefix = this.#prefix.get(measure);
		if (!prefix) {
			const factors = this.scaledFactors(measure);
			const e = Math.min(...factors.map((factor) => factor.e));
			const sums = [0n];
			for (const factor of factors) sums.push(sums[sums.length - 1] + atExponent(factor, e));
			prefix = { e, sums };
			this.#prefix.set(measure, prefix);
		}
		return prefix;
	}
}

/**
 * ratio^t for t = 0..horizon−1, each step rounded to the factor precision, half-even, as
 * decimal.js's `times` at that precision would: the first power is the ratio itself.
 */
function compound(ratio: Scaled, horizon: number): Scaled[] {
	if (isOne(ratio)) return new Array<Scaled>(horizon).fill(SCALED_ONE);
	const powers: Scaled[] = [SCALED_ONE];
	let power = ratio;
	for (let t = 1; t < horizon; t++) {
		if (t > 1) power = roundTo(times(power, ratio), FACTOR_PRECISION);
		powers.push(power);
	}
	return powers;
}

/**
 * Factor series of one scenario, one per distinct growth rate, shared by every line, case and
 * sensitivity variant that uses the same rate.
 */
export class SeriesCache {
	readonly #inflation: Decimal;
	readonly #discount: readonly Scaled[];
	readonly #segments: readonly DiscountSegment[];
	readonly #series = new Map<string, FactorSeries>();

	/** @param inflation 1 + general inflation, as a factor */
	constructor(inflation: Decimal, discount: Discount, horizon: number) {
		this.#inflation = inflation;
		this.#discount = scaledDiscountFactors(discount, horizon);
		this.#segments = discountSegments(discount);
	}

	/** The series of growth rate q (a factor such as 1.02, not a percentage). */
	get(q: Decimal): FactorSeries {
		const key = q.toString();
		let series = this.#series.get(key);
		if (!series) {
			series = new FactorSeries(q, this.#inflation, this.#discount, this.#segments);
			this.#series.set(key, series);
		}
		return series;
	}
}
