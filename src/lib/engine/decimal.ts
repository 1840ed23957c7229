import Decimal from 'decimal.js';

/**
 * The engine's Decimal constructors and precisions (methodology §7), all here: `Exact`,
 * `Factor` and the closed-form precision. Both constructors are isolated clones: the global
 * `Decimal` settings are never touched, so nothing else in the page can change a figure by
 * configuring decimal.js. The hottest loops (factor series, closed forms, totals, quotients)
 * run the same decimal arithmetic on BigInt mantissas (scaled.ts), rounding at these same
 * precisions exactly as these constructors would.
 *
 * Why several. Sums and products of the inputs must be exact, so that an option's total is
 * exactly the sum of its lines and of its years whatever the order of addition, and a
 * difference is exactly the difference of totals. Decimal arithmetic is exact as long as
 * the result fits in the precision, and decimal.js only spends time on the digits a number
 * actually has, so `Exact` sets a precision far beyond any figure a valid scenario can
 * produce (inputs have at most 25 digits; a product of four of them and a factor stays well
 * under 200). It never divides.
 *
 * Powers and divisions (uplift, deflation, discounting, the switching-value quotient)
 * cannot be exact, so they are done once per year factor with `Factor`, at 50 significant
 * digits, comfortably above the methodology's floor of 34. Carried through at most 100
 * compounding steps, the relative error stays below 1e-46: for a figure of a trillion
 * pounds that is 30 digits below the penny, so a penny can only flip on an exact tie that
 * the factors themselves could not represent.
 *
 * Rounding inside both is half-even (the neutral choice for intermediate digits); money is
 * rounded half-up only when shown, in rounding.ts.
 */
export const Exact = Decimal.clone({
	precision: 1000,
	rounding: Decimal.ROUND_HALF_EVEN,
	toExpNeg: -9e15,
	toExpPos: 9e15
});

/** Significant digits carried by powers and divisions (methodology §7: at least 34). */
export const FACTOR_PRECISION = 50;

export const Factor = Decimal.clone({
	precision: FACTOR_PRECISION,
	rounding: Decimal.ROUND_HALF_EVEN,
	toExpNeg: -9e15,
	toExpPos: 9e15
});

/**
 * Closed-form sums of year factors (geometric.ts), at 60 significant digits: the geometric
 * formula divides by 1 − r and loses as many digits as r is close to 1 (ratios within 1e-12
 * of 1 are summed term by term), so 60 leaves more than the factor precision.
 */
export const CLOSED_PRECISION = 60;

export type { Decimal };

export const ZERO = new Exact(0);
export const ONE = new Exact(1);
export const HUNDREDTH = new Exact('0.01');

/** Reads a validated decimal string (plain notation) into an exact Decimal. */
export function toDecimal(value: string): Decimal {
	return new Exact(value);
}

/** Per cent to a fraction, exactly: "3.5" → 0.035. */
export function percentToFraction(percent: Decimal): Decimal {
	return percent.times(HUNDREDTH);
}
