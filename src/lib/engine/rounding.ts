import Decimal from 'decimal.js';

/**
 * Money to the penny, rounded half-up (ties away from zero), as a plain string with exactly
 * two decimals: "12550956.14". Negative zero is written "0.00" (format.md, Results;
 * methodology §7). This is the only place money is rounded; call it only to show or export.
 */
export function roundPenniesHalfUp(value: Decimal): string {
	// decimal.js's own toFixed: it rounds the exact Decimal, no JavaScript Number is involved.
	const text = value.toFixed(2, Decimal.ROUND_HALF_UP);
	return text === '-0.00' ? '0.00' : text;
}

/**
 * A figure rounded half-up (ties away from zero) to `places` decimal places, only to show it
 * (methodology §7): a table's figures in thousands or millions, whole per cents, factors.
 * Zero is never negative, so a figure that rounds to nothing never shows a minus sign.
 */
export function roundHalfUp(value: Decimal, places: number): Decimal {
	const rounded = value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
	return rounded.isZero() ? rounded.abs() : rounded;
}

/**
 * A figure rounded half-up to `digits` significant figures, only to show it: headline figures
 * in words, to three significant figures (methodology §7).
 */
export function roundSignificantHalfUp(value: Decimal, digits: number): Decimal {
	return value.toSignificantDigits(digits, Decimal.ROUND_HALF_UP);
}
