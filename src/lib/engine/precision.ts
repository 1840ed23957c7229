import { FACTOR_PRECISION, ZERO, type Decimal } from './decimal';
import { fromDecimal, quotient, toDecimal } from './scaled';

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
export function exactQuotient(numerator: Decimal, denominator: Decimal): Decimal {
	if (numerator.isZero()) return ZERO;
	// The quotient's decimal exponent is numerator.e − denominator.e, or one less.
	const whole = Math.max(0, numerator.e - denominator.e + 1);
	const precision = Math.max(FACTOR_PRECISION, whole + MARGIN);
	return toDecimal(quotient(fromDecimal(numerator), fromDecimal(denominator), precision));
}
