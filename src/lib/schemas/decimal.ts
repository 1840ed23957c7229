import Decimal from 'decimal.js';
import { isLosslessNumber, type LosslessNumber } from 'lossless-json';
import { z } from 'zod';
import { MESSAGES } from './messages';

/**
 * The one reader of decimal inputs (format.md, "Numbers"). Every numeric field of the
 * format goes through {@link readDecimal}, so nothing but plain notation (an optional minus,
 * 1–15 digits, and optionally a point and 1–10 digits) ever reaches `new Decimal`:
 * exponents, hex, underscores, spaces, "+", thousands separators and currency signs are
 * all refused here, because decimal.js itself would accept some of them.
 */
export const DECIMAL_PATTERN = /^-?\d{1,15}(\.\d{1,10})?$/;

/** Plain notation with any number of digits: used only to say "too many digits". */
const LONG_DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

/** A JSON number's text: sign, digits, optional fraction, optional exponent. */
const JSON_NUMBER_PATTERN = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** Beyond this exponent a number cannot fit the 15 + 10 digits, so it is not written out. */
const MAX_SHIFT = 40;

/**
 * A JSON number's text written out in plain notation, digit for digit ("5E-7" →
 * "0.0000007", "1.50E1" → "15.0"), or `undefined` when it is not a JSON number or its
 * exponent is too large to fit any decimal input.
 */
export function plainNotation(text: string): string | undefined {
	const match = JSON_NUMBER_PATTERN.exec(text);
	if (!match) return undefined;
	const [, sign, whole, fraction = '', exponentText] = match;
	if (exponentText === undefined) return text;
	const exponent = Number(exponentText);
	if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > MAX_SHIFT) return undefined;
	const digits = whole + fraction;
	let point = whole.length + exponent;
	let padded = digits;
	if (point <= 0) {
		padded = '0'.repeat(1 - point) + digits;
		point = 1;
	} else if (point > digits.length) padded = digits + '0'.repeat(point - digits.length);
	const integer = padded.slice(0, point).replace(/^0+(?=\d)/, '');
	const rest = padded.slice(point);
	return `${sign}${integer}${rest === '' ? '' : `.${rest}`}`;
}

/**
 * Reads a decimal input into its canonical text, or gives `undefined` when it is not one.
 *
 * A string must itself be in plain notation and is kept exactly as written ("1.50" stays
 * "1.50"). A JSON number read from JSON text at a boundary arrives as a
 * {@link LosslessNumber} (json-text.ts) and is read through the text it was written
 * with, written out in full: `0.0000005` gives "0.0000005", while `1E-400` and
 * `100.00000000000000001` are refused, never rounded. A JavaScript number (a document
 * built in code) is read through `String(n)`, which must pass the same rule: 0.1 gives
 * "0.1", while 1e21, 1e-7, NaN and Infinity are refused, and so is 0.30000000000000004.
 * `-0` gives "0".
 */
export function readDecimal(input: unknown): string | undefined {
	if (typeof input === 'number') {
		const text = String(input);
		return DECIMAL_PATTERN.test(text) ? text : undefined;
	}
	if (isLosslessNumber(input)) {
		const plain = plainNotation((input as LosslessNumber).value);
		return plain !== undefined && DECIMAL_PATTERN.test(plain) ? canonicalZero(plain) : undefined;
	}
	if (typeof input === 'string' && DECIMAL_PATTERN.test(input)) return input;
	return undefined;
}

/** "-0", "-0.00" as a number mean zero; written as "0", as `String(-0)` does. */
function canonicalZero(text: string): string {
	return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}

/** The message for an input {@link readDecimal} refused. */
export function decimalProblem(input: unknown): string {
	if (isLosslessNumber(input)) return MESSAGES.numberNotExact(input);
	const text = typeof input === 'number' ? String(input) : input;
	return typeof text === 'string' && LONG_DECIMAL_PATTERN.test(text)
		? MESSAGES.tooManyDigits(input)
		: MESSAGES.notPlainDecimal(input);
}

/** A JSON number as it reaches the schemas: a JavaScript number or a lossless one. */
export function isNumberInput(input: unknown): input is number | LosslessNumber {
	return typeof input === 'number' || isLosslessNumber(input);
}

/**
 * The number side of {@link decimalInput}: a JavaScript number, or a JSON number kept as
 * its text (json-text.ts). The JSON Schema shows it as `{"type": "number"}`.
 */
export const numberInput = z.custom<number | LosslessNumber>(isNumberInput, {
	error: (issue) => (issue.input === undefined ? undefined : decimalProblem(issue.input))
});

/**
 * Limits on a decimal, as decimal strings in plain notation: `above` is exclusive,
 * `atLeast` and `atMost` inclusive. `{ above: '0', atMost: '53' }` means 0 < x ≤ 53.
 */
export interface DecimalBounds {
	above?: string;
	atLeast?: string;
	atMost?: string;
}

/** Whether a plain-notation decimal lies within the bounds, compared exactly with decimal.js. */
export function withinBounds(text: string, bounds: DecimalBounds): boolean {
	const value = new Decimal(text);
	if (bounds.above !== undefined && !value.greaterThan(bounds.above)) return false;
	if (bounds.atLeast !== undefined && value.lessThan(bounds.atLeast)) return false;
	if (bounds.atMost !== undefined && value.greaterThan(bounds.atMost)) return false;
	return true;
}

/** The bounds in words, to follow "must be": "above 0 and at most 53", "from 0 to 100". */
export function describeBounds(bounds: DecimalBounds): string {
	const { above, atLeast, atMost } = bounds;
	if (atLeast !== undefined && atMost !== undefined) return `from ${atLeast} to ${atMost}`;
	if (above !== undefined && atMost !== undefined) return `above ${above} and at most ${atMost}`;
	if (above !== undefined) return `above ${above}`;
	if (atLeast !== undefined) return atLeast === '0' ? '0 or more' : `${atLeast} or more`;
	if (atMost !== undefined) return `at most ${atMost}`;
	return 'a decimal number';
}

/**
 * Checks one decimal input: the text when it is valid and within bounds, otherwise the
 * message saying why not.
 */
export function checkDecimal(
	input: unknown,
	bounds: DecimalBounds = {}
): { ok: true; text: string } | { ok: false; message: string } {
	const text = readDecimal(input);
	if (text === undefined) return { ok: false, message: decimalProblem(input) };
	if (!withinBounds(text, bounds)) {
		return { ok: false, message: MESSAGES.outOfBounds(describeBounds(bounds), input) };
	}
	return { ok: true, text };
}

/**
 * The input side of every decimal field: a string in plain notation, or a JSON number.
 * This is what the JSON Schema shows; {@link decimal} and the Range schema add the number
 * rule and the bounds on top.
 */
export const decimalInput = z.union(
	[
		z.string().regex(DECIMAL_PATTERN, { error: (issue) => decimalProblem(issue.input) }),
		numberInput
	],
	{ error: (issue) => (issue.input === undefined ? undefined : decimalProblem(issue.input)) }
);

/** A decimal field (not a Range) within bounds, giving its canonical text. */
export function decimal(
	bounds: DecimalBounds = {}
): z.ZodPipe<typeof decimalInput, z.ZodTransform<string, string | number | LosslessNumber>> {
	return decimalInput.transform((input, context) => {
		const checked = checkDecimal(input, bounds);
		if (checked.ok) return checked.text;
		context.addIssue({ code: 'custom', message: checked.message, input });
		return z.NEVER;
	});
}
