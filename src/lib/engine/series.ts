import { Factor, ONE, ZERO, type Decimal } from './decimal';
import { discountFactors } from './discounting';
import { Closed, discountSegments, geometricSum, type DiscountSegment } from './geometric';
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
	readonly #discount: readonly Decimal[];
	readonly #factors = new Map<Measure, Decimal[]>();
	readonly #prefix = new Map<Measure, Decimal[]>();
	readonly #segments: readonly DiscountSegment[];
	readonly #closedSums = new Map<string, Decimal>();
	#yearly = false;

	constructor(
		q: Decimal,
		inflation: Decimal,
		discount: readonly Decimal[],
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
		return this.factors(measure)[t];
	}

	/** The sum of the factors of years `from`..`to` (1-based, inclusive), exactly. */
	windowSum(measure: Measure, from: number, to: number): Decimal {
		if (!this.#yearly) return this.#closedSum(measure, from, to);
		const prefix = this.#prefixSums(measure);
		return prefix[to].minus(prefix[from - 1]);
	}

	/** The same sum from geometric series: t runs from − 1 to to − 1. */
	#closedSum(measure: Measure, from: number, to: number): Decimal {
		const key = `${measure}|${from}|${to}`;
		let sum = this.#closedSums.get(key);
		if (sum !== undefined) return sum;
		const [first, last] = [from - 1, to - 1];
		if (measure === 'cash') {
			sum = geometricSum(this.#q, first, last);
		} else {
			const real = new Closed(this.#q).div(this.#inflation);
			if (measure === 'real') sum = geometricSum(real, first, last);
			else {
				sum = new Closed(0);
				for (const segment of this.#segments) {
					const lo = Math.max(first, segment.from);
					const hi = Math.min(last, segment.to);
					if (hi < lo) continue;
					const part = geometricSum(
						real.times(segment.ratio),
						lo - segment.start,
						hi - segment.start
					);
					sum = sum.plus(segment.base.times(real.pow(segment.start)).times(part));
				}
			}
		}
		this.#closedSums.set(key, sum);
		return sum;
	}

	factors(measure: Measure): Decimal[] {
		let factors = this.#factors.get(measure);
		if (!factors) {
			factors = this.#build(measure);
			this.#factors.set(measure, factors);
		}
		return factors;
	}

	#build(measure: Measure): Decimal[] {
		if (measure === 'presentValue') {
			// The discount factor calls: it is a `Factor`, so the product keeps 50 digits (or it
			// is exactly 1, and the real factor stands).
			const real = this.factors('real');
			return real.map((factor, t) => {
				const discount = this.#discount[t];
				return discount === ONE ? factor : discount.times(factor);
			});
		}
		const ratio = measure === 'cash' ? this.#q : new Factor(this.#q).div(this.#inflation);
		return compound(ratio, this.horizon);
	}

	#prefixSums(measure: Measure): Decimal[] {
		let prefix = this.#prefix.get(measure);
		if (!prefix) {
			prefix = [ZERO];
			for (const factor of this.factors(measure))
				prefix.push(prefix[prefix.length - 1].plus(factor));
			this.#prefix.set(measure, prefix);
		}
		return prefix;
	}
}

/**
 * ratio^t for t = 0..horizon−1, each step at the factor precision. The factors stay `Factor`
 * instances: they are only ever the argument of exact arithmetic, never its receiver, so
 * they never round a sum or a product.
 */
function compound(ratio: Decimal, horizon: number): Decimal[] {
	if (ratio.eq(ONE)) return new Array<Decimal>(horizon).fill(ONE);
	const powers: Decimal[] = [ONE];
	let power: Decimal = new Factor(ratio);
	for (let t = 1; t < horizon; t++) {
		if (t > 1) power = power.times(ratio);
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
	readonly #discount: readonly Decimal[];
	readonly #segments: readonly DiscountSegment[];
	readonly #series = new Map<string, FactorSeries>();

	/** @param inflation 1 + general inflation, as a factor */
	constructor(inflation: Decimal, discount: Discount, horizon: number) {
		this.#inflation = inflation;
		this.#discount = discountFactors(discount, horizon);
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
