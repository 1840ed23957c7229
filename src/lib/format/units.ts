import Decimal from 'decimal.js';
import { Exact } from '../engine/index';
import { roundHalfUp } from '../engine/rounding';
import { currencySymbol, formatMoney, formatNumber } from './money';

/**
 * Money in the units of a committee paper: pounds to the penny ("£1,723,800.00"), thousands of
 * pounds to the nearest thousand ("1,724" under a "£'000" heading) or millions of pounds to two
 * decimals ("1.72" under "£m"). Every figure is rounded half-up (ties away from zero) from its
 * exact value, never from an already rounded one (methodology §7).
 */

/** A unit money can be shown in. */
export type MoneyUnit = 'pounds' | 'thousands' | 'millions';

/** Every unit, smallest first. */
export const MONEY_UNITS: readonly MoneyUnit[] = ['pounds', 'thousands', 'millions'];

interface UnitRule {
	/** The unit is 10 to this power of pounds. */
	exponent: number;
	/** Decimal places shown in the unit. */
	places: number;
}

const RULES: Readonly<Record<MoneyUnit, UnitRule>> = {
	pounds: { exponent: 0, places: 2 },
	thousands: { exponent: 3, places: 0 },
	millions: { exponent: 6, places: 2 }
};

/**
 * The short heading of a unit, as committee papers write it: "£", "£'000", "£m" (or "€'000",
 * "CHF m" in other currencies).
 */
export function unitLabel(unit: MoneyUnit, currency = 'GBP'): string {
	const symbol = currencySymbol(currency);
	if (unit === 'thousands') return `${symbol}'000`;
	if (unit === 'millions') return `${symbol}m`;
	return symbol.trim();
}

/** A unit in words, for captions and screen readers: "pounds", "thousands of pounds". */
export function unitInWords(unit: MoneyUnit, currency = 'GBP'): string {
	const name = currency === 'GBP' ? 'pounds' : currency;
	if (unit === 'thousands') return `thousands of ${name}`;
	if (unit === 'millions') return `millions of ${name}`;
	return name;
}

/**
 * An amount converted to a unit and rounded half-up to the places the unit shows: £1,723,849.99
 * is 1723849.99 in pounds, 1724 in thousands and 1.72 in millions.
 *
 * @param amount pounds, exact (a Decimal) or a plain decimal string
 */
export function roundInUnit(amount: Decimal | string, unit: MoneyUnit): Decimal {
	const { exponent, places } = RULES[unit];
	// Exact's precision makes dividing by a power of ten exact: the only rounding is the last.
	const inUnit = new Exact(amount).div(new Exact(10).pow(exponent));
	return roundHalfUp(inUnit, places);
}

/**
 * An amount as a table cell in a unit: "£1,723,800.00" in pounds (the currency is in the cell),
 * "1,724" in thousands and "1.72" in millions (the currency is in the column heading, see
 * {@link unitLabel}). Negative figures start with a minus sign (U+2212); zero never does.
 *
 * @param amount pounds, exact (a Decimal) or a plain decimal string
 */
export function formatInUnit(amount: Decimal | string, unit: MoneyUnit, currency = 'GBP'): string {
	const text = roundInUnit(amount, unit).toFixed(RULES[unit].places);
	return unit === 'pounds' ? formatMoney(text, currency) : formatNumber(text);
}

/**
 * Whether parts, each rounded in a unit, add up to their total rounded in the same unit. When
 * they do not, a table must say "figures may not sum because of rounding" (methodology §7).
 *
 * @param parts the exact parts, in pounds
 * @param total the exact total of the parts, in pounds
 */
export function addsUp(
	parts: readonly (Decimal | string)[],
	total: Decimal | string,
	unit: MoneyUnit
): boolean {
	const sum = parts.reduce<Decimal>(
		(running, part) => running.plus(roundInUnit(part, unit)),
		new Exact(0)
	);
	return sum.eq(roundInUnit(total, unit));
}
