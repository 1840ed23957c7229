import { CLOSED_PRECISION } from './decimal';
import { GREEN_BOOK_SCHEDULE } from './discounting';
import {
	fromString,
	isOne,
	minus,
	plus,
	power,
	quotient,
	roundTo,
	SCALED_ONE,
	SCALED_ZERO,
	times,
	type Scaled
} from './scaled';
import type { Discount } from './types';

/**
 * Closed-form sums of year factors, for the figures that need only a total over the horizon:
 * the low and high cases and the sensitivity variants (methodology §5, §6). A year-by-year
 * sum costs three operations a year; a geometric series costs a handful whatever the horizon.
 *
 * They are carried at 60 significant digits (`CLOSED_PRECISION`, decimal.ts) in exact BigInt
 * decimals (scaled.ts): the formula divides by 1 − r, which loses as many digits as r is close
 * to 1, so ratios within 1e-12 of 1 are summed term by term instead. Either way the error
 * stays more than 45 digits below the figure. Central figures never use this: they are summed
 * year by year, so a total is exactly the sum of the years shown.
 */

const NEAR_ONE: Scaled = { m: 1n, e: -12 };

/** Σ r^u for u = lo..hi (0 when hi < lo), to CLOSED_PRECISION significant digits. */
export function geometricSum(r: Scaled, lo: number, hi: number): Scaled {
	if (hi < lo) return SCALED_ZERO;
	if (isOne(r)) return { m: BigInt(hi - lo + 1), e: 0 };
	const gap = minus(SCALED_ONE, r);
	if (lessInSize(gap, NEAR_ONE)) {
		let term = power(r, lo, CLOSED_PRECISION);
		let sum = term;
		for (let u = lo + 1; u <= hi; u++) {
			term = roundTo(times(term, r), CLOSED_PRECISION);
			sum = plus(sum, term);
		}
		return roundTo(sum, CLOSED_PRECISION);
	}
	const ends = minus(power(r, lo, CLOSED_PRECISION), power(r, hi + 1, CLOSED_PRECISION));
	return quotient(ends, gap, CLOSED_PRECISION);
}

/** |a| < b, for b > 0. */
function lessInSize(a: Scaled, b: Scaled): boolean {
	const magnitude = a.m < 0n ? -a.m : a.m;
	return minus({ m: magnitude, e: a.e }, b).m < 0n;
}

/**
 * A stretch of years over which the discount factor falls at one rate:
 * DF(t) = base × ratio^(t − start) for t = from..to (methodology §3).
 */
export interface DiscountSegment {
	start: number;
	from: number;
	to: number;
	base: Scaled;
	ratio: Scaled;
}

/** The discount schedule as geometric stretches: three for the Green Book, one otherwise. */
export function discountSegments(discount: Discount): DiscountSegment[] {
	const step = (percent: string): Scaled => plus(SCALED_ONE, fromPercent(percent));
	const inverse = (x: Scaled): Scaled => quotient(SCALED_ONE, x, CLOSED_PRECISION);
	switch (discount.scheme) {
		case 'none':
			return [{ start: 0, from: 0, to: Infinity, base: SCALED_ONE, ratio: SCALED_ONE }];
		case 'flat': {
			const ratio = inverse(step(discount.ratePercent));
			return [{ start: 0, from: 0, to: Infinity, base: SCALED_ONE, ratio }];
		}
		case 'green-book': {
			// One stretch per step of the schedule: DF at its start, and its yearly ratio.
			const segments: DiscountSegment[] = [];
			let start = 0;
			let base = SCALED_ONE;
			for (const { through, percent } of GREEN_BOOK_SCHEDULE) {
				const ratio = inverse(step(percent));
				segments.push({ start, from: start === 0 ? 0 : start + 1, to: through, base, ratio });
				if (through === Infinity) break;
				// The step is exact and short, so its power is exact.
				base = quotient(base, power(step(percent), through - start), CLOSED_PRECISION);
				start = through;
			}
			return segments;
		}
	}
}

/** A percentage string as an exact fraction: "3.5" → 0.035. */
function fromPercent(percent: string): Scaled {
	const value = fromString(percent);
	return { m: value.m, e: value.e - 2 };
}

/**
 * Σ over years first..last (0-based year indexes) of the present-value factor of a series whose
 * real factor grows by `real` a year: per discount stretch, base × real^start × Σ (real ×
 * ratio)^(t − start).
 */
export function presentValueSum(
	real: Scaled,
	segments: readonly DiscountSegment[],
	first: number,
	last: number
): Scaled {
	let sum = SCALED_ZERO;
	for (const segment of segments) {
		const lo = Math.max(first, segment.from);
		const hi = Math.min(last, segment.to);
		if (hi < lo) continue;
		const ratio = roundTo(times(real, segment.ratio), CLOSED_PRECISION);
		const part = geometricSum(ratio, lo - segment.start, hi - segment.start);
		const scale = roundTo(
			times(segment.base, power(real, segment.start, CLOSED_PRECISION)),
			CLOSED_PRECISION
		);
		sum = plus(sum, roundTo(times(scale, part), CLOSED_PRECISION));
	}
	return roundTo(sum, CLOSED_PRECISION);
}
