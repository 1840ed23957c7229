import { FACTOR_PRECISION } from './decimal';
import { leadingExponent, quotient, SCALED_ZERO, type Scaled } from './scaled';

/**
 * Quotients whose size is not known in advance: switching values and claim requirements
 * (methodology §6, §6a). At a fixed precision a quotient near 10^47 would keep fewer digits
 * than reach the penny; here the division carries as many significant digits as the
 * quotient has before the point, plus a margin well beyond the penny, so the result is the
 * exact quotient of its operands to the penny whatever its size (methodology §7).
 */

/** Digits carried below the quotient's leading digit beyond its whole part. */
const MARGIN = 30;

/** numerator ÷ denominator to at least MARGIN digits below the units (denominator not zero). */
export function exactQuotient(numerator: Scaled, denominator: Scaled): Scaled {
	if (numerator.m === 0n) return SCALED_ZERO;
	// The quotient's decimal exponent is the difference of the leading exponents, or one less.
	const whole = Math.max(0, leadingExponent(numerator) - leadingExponent(denominator) + 1);
	return quotient(numerator, denominator, Math.max(FACTOR_PRECISION, whole + MARGIN));
}
