import Decimal from 'decimal.js';
import { Exact } from '../engine/index';
import { roundHalfUp, roundSignificantHalfUp } from '../engine/rounding';
import { currencySymbol, formatNumber, MINUS_SIGN } from './money';

/**
 * Money in words for headlines, in the GOV.UK style: "£12.6 million", "£1.23 billion",
 * "£450,000", "£318.63" (methodology §7: headline figures may be shown to three significant
 * figures; the exact figure is always one step away).
 */

/** How the sign of an amount is shown, as in `Intl.NumberFormat`'s `signDisplay`. */
export type SignDisplay = 'auto' | 'never' | 'exceptZero';

export interface MoneyInWordsOptions {
	/**
	 * "auto" (the default) puts a minus sign (U+2212) before a negative amount; "never" shows
	 * the size only, for sentences that say "less" or "more"; "exceptZero" also puts a plus
	 * sign before a positive amount. An amount that rounds to zero never has a sign.
	 */
	sign?: SignDisplay;
	/** ISO 4217 code (default "GBP"). */
	currency?: string;
}

/** Large amounts are named by the largest of these that they reach, after rounding. */
const SCALES: readonly [scale: Decimal, word: string][] = [
	[new Exact('1e12'), 'trillion'],
	[new Exact('1e9'), 'billion'],
	[new Exact('1e6'), 'million']
];

const THOUSAND = new Exact(1000);

/**
 * An amount of money in words, rounded half-up (ties away from zero) from its exact value.
 *
 * - Under 1,000: to the penny, with the pence left off a whole amount: "£318.63", "£75".
 * - From 1,000: three significant figures. Under a million written in full ("£450,000",
 *   "£12,300"); from a million in words, without trailing zeros ("£2.45 million", "£12.6
 *   million", "£10 million", "£1.23 billion").
 *
 * Rounding comes first, so £999,999 reads "£1 million", not "£1,000 thousand".
 *
 * @param amount pounds: a plain decimal string ("12550956.14") or a Decimal (best, the exact
 *   unrounded figure, so that nothing is rounded twice)
 * @throws RangeError if `amount` is a string that is not a plain decimal
 */
export function moneyInWords(amount: string | Decimal, options: MoneyInWordsOptions = {}): string {
	const exact = toExact(amount);
	const { text, isZero } = sizeInWords(exact.abs());
	const size = `${currencySymbol(options.currency)}${text}`;
	if (isZero) return size;
	const sign = options.sign ?? 'auto';
	if (exact.isNegative() && sign !== 'never') return `${MINUS_SIGN}${size}`;
	if (exact.isPositive() && sign === 'exceptZero') return `+${size}`;
	return size;
}

/** The size of a non-negative amount in words, without the currency. */
function sizeInWords(magnitude: Decimal): { text: string; isZero: boolean } {
	const pennies = roundHalfUp(magnitude, 2);
	if (pennies.lt(THOUSAND)) {
		const text = pennies.isInteger() ? pennies.toFixed(0) : pennies.toFixed(2);
		return { text, isZero: pennies.isZero() };
	}
	const rounded = roundSignificantHalfUp(magnitude, 3);
	for (const [scale, word] of SCALES) {
		if (rounded.gte(scale)) {
			// Division by a power of ten is exact at Exact's precision; toFixed() drops trailing zeros.
			return { text: `${formatNumber(rounded.div(scale).toFixed())} ${word}`, isZero: false };
		}
	}
	return { text: formatNumber(rounded.toFixed(0)), isZero: false };
}

/** Reads an amount into the engine's exact Decimal, checking strings are plain decimals. */
function toExact(amount: string | Decimal): Decimal {
	if (typeof amount === 'string' && !/^-?\d+(?:\.\d+)?$/.test(amount)) {
		throw new RangeError(`Not a decimal amount of money: "${amount}"`);
	}
	return new Exact(amount);
}
