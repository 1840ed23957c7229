import {
	Exact,
	Factor,
	FACTOR_PRECISION,
	ONE,
	percentToFraction,
	toDecimal,
	type Decimal
} from './decimal';
import {
	fromDecimal,
	isOne,
	plus,
	quotient,
	SCALED_ONE,
	times,
	toDecimal as toScaledDecimal,
	type Scaled
} from './scaled';
import type { Discount } from './types';

/**
 * The Green Book's discount schedule (methodology §3), the one place it is written down: the
 * social time preference rate, per cent, for the steps into year indexes k up to `through`.
 * Both the year-by-year factors here and the closed-form sums (geometric.ts) read it.
 */
export const GREEN_BOOK_SCHEDULE: readonly { through: number; percent: string }[] = [
	{ through: 30, percent: '3.5' },
	{ through: 75, percent: '3' },
	{ through: Infinity, percent: '2.5' }
];

/** The Green Book's social time preference rate for the step into year index k (methodology §3). */
export function greenBookRate(k: number): Decimal {
	const step = GREEN_BOOK_SCHEDULE.find(({ through }) => k <= through)!;
	return percentToFraction(new Exact(step.percent));
}

/**
 * Discount factors DF(t) for t = 0..horizon−1 (methodology §3): DF(0) = 1 and
 * DF(t) = DF(t − 1) / (1 + r(t)). The compounded divisor is kept exact and divided once per
 * year at the factor precision, so no error accumulates along the horizon.
 */
export function discountFactors(discount: Discount, horizon: number): Decimal[] {
	return scaledDiscountFactors(discount, horizon).map((factor) =>
		isOne(factor) ? ONE : new Factor(toScaledDecimal(factor))
	);
}

/** The same factors as exact BigInt decimals (scaled.ts), for the factor series. */
export function scaledDiscountFactors(discount: Discount, horizon: number): Scaled[] {
	const factors: Scaled[] = [];
	let divisor = SCALED_ONE;
	for (let t = 0; t < horizon; t++) {
		if (t > 0) divisor = times(divisor, plus(SCALED_ONE, fromDecimal(stepRate(discount, t))));
		factors.push(isOne(divisor) ? SCALED_ONE : quotient(SCALED_ONE, divisor, FACTOR_PRECISION));
	}
	return factors;
}

function stepRate(discount: Discount, k: number): Decimal {
	switch (discount.scheme) {
		case 'green-book':
			return greenBookRate(k);
		case 'flat':
			return percentToFraction(toDecimal(discount.ratePercent));
		case 'none':
			return new Exact(0);
	}
}
