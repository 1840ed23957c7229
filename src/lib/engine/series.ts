import { Exact, Factor, ONE, ZERO, type Decimal } from './decimal';

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
 * present values.
 */
export class FactorSeries {
	readonly #q: Decimal;
	readonly #inflation: Decimal;
	readonly #discount: readonly Decimal[];
	readonly #factors = new Map<Measure, Decimal[]>();
	readonly #prefix = new Map<Measure, Decimal[]>();

	constructor(q: Decimal, inflation: Decimal, discount: readonly Decimal[]) {
		this.#q = q;
		this.#inflation = inflation;
		this.#discount = discount;
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
		const prefix = this.#prefixSums(measure);
		return prefix[to].minus(prefix[from - 1]);
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
			const real = this.factors('real');
			return real.map((factor, t) => exactCopy(new Factor(factor).times(this.#discount[t])));
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

/** ratio^t for t = 0..horizon−1, each step at the factor precision. */
function compound(ratio: Decimal, horizon: number): Decimal[] {
	const powers: Decimal[] = [];
	let power = new Factor(1);
	for (let t = 0; t < horizon; t++) {
		if (t > 0) power = power.times(ratio);
		powers.push(power.eq(1) ? ONE : exactCopy(power));
	}
	return powers;
}

/** The same value as an `Exact` instance, so later arithmetic on it stays exact. */
function exactCopy(value: Decimal): Decimal {
	return new Exact(value);
}

/**
 * Factor series of one scenario, one per distinct growth rate, shared by every line, case and
 * sensitivity variant that uses the same rate.
 */
export class SeriesCache {
	readonly #inflation: Decimal;
	readonly #discount: readonly Decimal[];
	readonly #series = new Map<string, FactorSeries>();

	constructor(inflation: Decimal, discount: readonly Decimal[]) {
		this.#inflation = inflation;
		this.#discount = discount;
	}

	/** The series of growth rate q (a factor such as 1.02, not a percentage). */
	get(q: Decimal): FactorSeries {
		const key = q.toString();
		let series = this.#series.get(key);
		if (!series) {
			series = new FactorSeries(q, this.#inflation, this.#discount);
			this.#series.set(key, series);
		}
		return series;
	}
}
