import Decimal from 'decimal.js';
import { Closed, ZERO } from './decimal';
import { GREEN_BOOK_SCHEDULE } from './discounting';
import type { Discount } from './types';

/**
 * Closed-form sums of year factors, for the figures that need only a total over the horizon:
 * the low and high cases and the sensitivity variants (methodology §5, §6). A year-by-year
 * sum costs three operations a year; a geometric series costs a handful whatever the horizon.
 *
 * They are carried at 60 significant digits (`Closed`, decimal.ts): the formula divides by 1 − r, which loses as many
 * digits as r is close to 1, so ratios within 1e-12 of 1 are summed term by term instead.
 * Either way the error stays more than 45 digits below the figure. Central figures never use
 * this: they are summed year by year, so a total is exactly the sum of the years shown.
 */

export { Closed };

const NEAR_ONE = new Closed('1e-12');

/** Σ r^u for u = lo..hi (0 when hi < lo). */
export function geometricSum(r: Decimal, lo: number, hi: number): Decimal {
	if (hi < lo) return ZERO;
	const ratio = new Closed(r);
	const one = new Closed(1);
	if (ratio.eq(one)) return new Closed(hi - lo + 1);
	const gap = one.minus(ratio);
	if (gap.abs().lt(NEAR_ONE)) {
		let term = ratio.pow(lo);
		let sum = term;
		for (let u = lo + 1; u <= hi; u++) {
			term = term.times(ratio);
			sum = sum.plus(term);
		}
		return sum;
	}
	return ratio
		.pow(lo)
		.minus(ratio.pow(hi + 1))
		.div(gap);
}

/**
 * A stretch of years over which the discount factor falls at one rate:
 * DF(t) = base × ratio^(t − start) for t = from..to (methodology §3).
 */
export interface DiscountSegment {
	start: number;
	from: number;
	to: number;
	base: Decimal;
	ratio: Decimal;
}

/** The discount schedule as geometric stretches: three for the Green Book, one otherwise. */
export function discountSegments(discount: Discount): DiscountSegment[] {
	const one = new Closed(1);
	const step = (percent: string): Decimal => one.div(one.plus(new Closed(percent).div(100)));
	switch (discount.scheme) {
		case 'none':
			return [{ start: 0, from: 0, to: Infinity, base: one, ratio: one }];
		case 'flat':
			return [{ start: 0, from: 0, to: Infinity, base: one, ratio: step(discount.ratePercent) }];
		case 'green-book': {
			// One stretch per step of the schedule: DF at its start, and its yearly ratio.
			const segments: DiscountSegment[] = [];
			let start = 0;
			let base = one;
			for (const { through, percent } of GREEN_BOOK_SCHEDULE) {
				const ratio = step(percent);
				segments.push({ start, from: start === 0 ? 0 : start + 1, to: through, base, ratio });
				if (through === Infinity) break;
				base = base.div(one.plus(new Closed(percent).div(100)).pow(through - start));
				start = through;
			}
			return segments;
		}
	}
}
