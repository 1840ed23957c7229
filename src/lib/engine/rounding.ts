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
