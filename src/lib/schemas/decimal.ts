import Decimal from 'decimal.js';
import { z } from 'zod';
import { MESSAGES } from './messages';
import { DECIMAL_PATTERN } from './patterns';

/**
 * The one reader of decimal inputs (format.md, "Numbers"). Every numeric field of the
 * format goes through {@link readDecimal}, so nothing but plain notation (an optional minus,
 * 1–15 digits, and optionally a point and 1–10 digits) ever reaches `new Decimal`:
 * exponents, hex, underscores, spaces, "+", thousands separators and currency signs are
 * all refused here, because decimal.js itself would accept some of them.
 */
export { DECIMAL_PATTERN };

/** Plain notation with any number of digits: used only to say "too many digits". */
const LONG_DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

/**
 * Reads a decimal input into its canonical text, or gives `undefined` when it is not one.
 *
 * A string must itself be in plain notation and is kept exactly as written ("1.50" stays
 * "1.50"). A JSON number is read through its own decimal text, `String(n)`, which must
 * pass the same rule: 0.1 gives "0.1", while 1e21, 1e-7, NaN and Infinity are refused,
 * and so is 0.30000000000000004, rather than being rounded silently. `-0` gives "0".
 */
export function readDecimal(input: unknown): string | undefined {
	if (typeof input === 'number') {
		const text = String(input);
		return DECIMAL_PATTERN.test(text) ? text : undefined;
	}
	if (typeof input === 'string' && DECIMAL_PATTERN.test(input)) return input;
	return undefined;
}

/** The message for an input {@link readDecimal} refused. */
export function decimalProblem(input: unknown): string {
	const text = typeof input === 'number' ? String(input) : input;
	return typeof text === 'string' && LONG_DECIMAL_PATTERN.test(text)
		? MESSAGES.tooManyDigits(input)
		: MESSAGES.notPlainDecimal(input);
}

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
		z.number()
	],
	{ error: (issue) => (issue.input === undefined ? undefined : decimalProblem(issue.input)) }
);

/** A decimal field (not a Range) within bounds, giving its canonical text. */
export function decimal(
	bounds: DecimalBounds = {}
): z.ZodPipe<typeof decimalInput, z.ZodTransform<string, string | number>> {
	return decimalInput.transform((input, context) => {
		const checked = checkDecimal(input, bounds);
		if (checked.ok) return checked.text;
		context.addIssue({ code: 'custom', message: checked.message, input });
		return z.NEVER;
	});
}
