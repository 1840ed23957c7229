import { roundPenniesHalfUp, type Analysis } from '$lib/engine';
import type Decimal from 'decimal.js';
import { roundHalfUp } from '$lib/engine/rounding';
import { formatPounds, MINUS_SIGN } from '$lib/format/money';
import type { FigureRef, Measure, WorkingPart, WorkingStep } from './types';

/**
 * Text helpers for workings. Every number is formatted from a Decimal or a decimal string,
 * never through a JavaScript number; only year numbers (small whole numbers) are.
 */

const SUPERSCRIPT_DIGITS = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/** A whole number in Unicode superscript digits, for exponents: 3 → "³", 30 → "³⁰". */
export function superscript(exponent: number): string {
	return String(exponent)
		.split('')
		.map((digit) => SUPERSCRIPT_DIGITS[Number(digit)] ?? digit)
		.join('');
}

/**
 * A decimal as people read it, every digit kept, thousands grouped, with a real minus sign:
 * "1500" → "1,500", "-2.5" → "−2.5", "52.142857" → "52.142857".
 */
export function formatNumber(value: Decimal): string {
	const text = value.toFixed();
	const negative = text.startsWith('-') && !value.isZero();
	const [whole, fraction] = text.replace('-', '').split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
	return `${negative ? MINUS_SIGN : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** A percentage input as entered: 2.5 → "2.5%". */
export function formatPercent(value: Decimal): string {
	return `${formatNumber(value)}%`;
}

/**
 * An amount of money as entered, every digit kept: "325" → "£325", "-40000" → "−£40,000",
 * "325.5" → "£325.50" (pence are written with two digits).
 */
export function formatInputMoney(value: Decimal): string {
	const text = value.toFixed();
	const fraction = text.split('.')[1];
	return formatPounds(fraction?.length === 1 ? `${text}0` : text);
}

/** A computed figure rounded half-up to the penny (methodology §7): "£1,723,800.00". */
export function formatMoney(value: Decimal): string {
	return formatPounds(roundPenniesHalfUp(value));
}

/** A growth factor raised to t: 1.025 and 3 → "1.025³". */
export function power(base: Decimal, exponent: number): string {
	return `${formatNumber(base)}${superscript(exponent)}`;
}

/** Digits shown for discount factors; the calculation carries every digit. */
export const FACTOR_DECIMALS = 4;

/** A factor rounded for show: 0.966183… → "0.9662". */
export function formatFactor(value: Decimal): string {
	return roundHalfUp(value, FACTOR_DECIMALS).toFixed(FACTOR_DECIMALS);
}

const MEASURE_NAMES: Record<Measure, string> = {
	cash: 'cash',
	real: 'real terms',
	presentValue: 'present value'
};

/** The measure in words, for sentences: "present value". */
export function measureName(measure: Measure): string {
	return MEASURE_NAMES[measure];
}

/** The label of a year of the horizon: "2027-28". */
export function yearLabelOf(analysis: Analysis, year: number): string {
	const label = analysis.years[year - 1]?.label;
	if (label === undefined) throw new RangeError(`No year ${year} in this scenario`);
	return label;
}

/** The horizon in words: "2026-27 to 2030-31", or "2026-27" for a single year. */
export function horizonLabel(analysis: Analysis): string {
	const first = analysis.years[0]?.label ?? '';
	const last = analysis.years.at(-1)?.label ?? '';
	return analysis.years.length === 1 ? first : `${first} to ${last}`;
}

/** "1 year", "5 years". */
export function yearsCount(count: number): string {
	return count === 1 ? '1 year' : `${count} years`;
}

export function text(value: string): WorkingPart {
	return { kind: 'text', text: value };
}

export function label(value: string): WorkingPart {
	return { kind: 'label', text: value };
}

export function figure(value: string, ref?: FigureRef): WorkingPart {
	return ref === undefined ? { kind: 'figure', text: value } : { kind: 'figure', text: value, ref };
}

export function result(value: string): WorkingPart {
	return { kind: 'result', text: value };
}

export function step(kind: WorkingStep['kind'], ...parts: WorkingPart[]): WorkingStep {
	return { kind, parts };
}

/** A sentence as a step of its own. */
export function explanation(sentence: string): WorkingStep {
	return step('explanation', text(sentence));
}

/** A step as one line of plain text, exactly as it reads on the page. */
export function stepText(value: WorkingStep): string {
	return value.parts.map((part) => part.text).join('');
}
