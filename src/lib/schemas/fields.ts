import { z } from 'zod';
import { MESSAGES } from './messages';

/**
 * Field schemas shared by the scenario's parts, each carrying its own messages.
 *
 * Every error function here returns `undefined` for a missing value, so that "is required"
 * comes from the one generic error map in problems.ts rather than from each field.
 */

type RawIssue = z.core.$ZodRawIssue;

/** An option's, line's or source's id (format.md): 1–64 characters of a–z, 0–9, "-", "_". */
export const ID_PATTERN = /^[a-z0-9_-]{1,64}$/;

/** A currency: three capital letters, the shape of an ISO 4217 code. */
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;

/** A source's date: YYYY, YYYY-MM or YYYY-MM-DD. */
export const DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** An absolute http or https address with no spaces; `URL` then checks the rest. */
export const URL_PATTERN = /^https?:\/\/\S+$/;

/** The longest address a source may carry; browsers and servers cope with far longer. */
export const MAX_URL_LENGTH = 2000;

/**
 * A schema's error function from a describer, leaving a missing value to the generic
 * "is required".
 */
export function unlessMissing(
	describe: (issue: RawIssue) => string
): (issue: RawIssue) => string | undefined {
	return (issue) => (issue.input === undefined ? undefined : describe(issue));
}

/**
 * Characters no text field may hold (format.md, "Text fields"): C0 controls, DEL and the
 * C1 controls, and the bidirectional embedding, override and isolate characters, which can
 * make a label read differently from what it holds.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** The same, except tab and newline, for text of several lines (description, notes, quote). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN_MULTILINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** The first forbidden character of `value`: its code point and 1-based position. */
export function forbiddenCharacter(
	value: string,
	multiline: boolean
): { codePoint: number; position: number } | undefined {
	const match = (multiline ? FORBIDDEN_MULTILINE : FORBIDDEN).exec(value);
	return match ? { codePoint: match[0].codePointAt(0)!, position: match.index + 1 } : undefined;
}

/** Whether text may span lines (tab and newline allowed): description, notes and quotes. */
export type TextLines = 'single' | 'multiline';

/**
 * Free text of at most `max` characters, and at least one if `nonEmpty`, with no control
 * or direction-changing characters (tab and newline allowed when `multiline`).
 */
export function text(max: number, nonEmpty = false, lines: TextLines = 'single'): z.ZodString {
	const multiline = lines === 'multiline';
	return plainText(max, nonEmpty).superRefine((value, context) => {
		const found = forbiddenCharacter(value, multiline);
		if (found === undefined) return;
		context.addIssue({
			code: 'custom',
			message: MESSAGES.controlCharacter(found.codePoint, found.position),
			input: value
		});
	});
}

function plainText(max: number, nonEmpty: boolean): z.ZodString {
	const schema = z.string({
		error: unlessMissing((issue) => {
			if (issue.code === 'too_small') return MESSAGES.empty();
			if (issue.code === 'too_big' && typeof issue.input === 'string') {
				return MESSAGES.tooLong(max, issue.input.length);
			}
			return MESSAGES.wrongType('string', issue.input);
		})
	});
	return nonEmpty ? schema.min(1).max(max) : schema.max(max);
}

/** A string matching `pattern`, described by `describe` when it does not. */
function patterned(pattern: RegExp, describe: (input: unknown) => string): z.ZodString {
	return z
		.string({
			error: unlessMissing((issue) =>
				issue.code === 'invalid_type'
					? MESSAGES.wrongType('string', issue.input)
					: describe(issue.input)
			)
		})
		.regex(pattern);
}

/** An id of an option, a line or a source, or a reference to one. */
export const identifier = patterned(ID_PATTERN, MESSAGES.identifier);

/** An ISO 4217 currency code such as "GBP". */
export const currency = patterned(CURRENCY_PATTERN, MESSAGES.currency);

function isCalendarDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return true;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
	return day <= days;
}

/** A source's date, YYYY, YYYY-MM or YYYY-MM-DD, which must exist on the calendar. */
export const sourceDate = patterned(DATE_PATTERN, MESSAGES.date).refine(
	(value) => !DATE_PATTERN.test(value) || isCalendarDate(value),
	{ error: (issue) => MESSAGES.notARealDate(issue.input) }
);

function isWebAddress(value: string): boolean {
	if (!URL_PATTERN.test(value)) return true;
	try {
		const url = new URL(value);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
	} catch {
		return false;
	}
}

/** An absolute http or https URL. */
export const webAddress = z
	.string({
		error: unlessMissing((issue) => {
			if (issue.code === 'invalid_type') return MESSAGES.wrongType('string', issue.input);
			if (issue.code === 'too_big' && typeof issue.input === 'string') {
				return MESSAGES.tooLong(MAX_URL_LENGTH, issue.input.length);
			}
			return MESSAGES.url(issue.input);
		})
	})
	.max(MAX_URL_LENGTH, { abort: true })
	.regex(URL_PATTERN)
	.refine(isWebAddress);

/** A whole JSON number from `min` to `max` inclusive. */
export function wholeNumber(min: number, max: number): z.ZodInt {
	const error = unlessMissing((issue) => MESSAGES.wholeNumber(min, max, issue.input));
	return z.int({ error }).min(min).max(max);
}

/** One of a fixed list of strings. */
export function choice<const T extends readonly [string, ...string[]]>(
	values: T
): z.ZodEnum<{ [K in T[number]]: K }> {
	return z.enum(values, { error: unlessMissing((issue) => MESSAGES.oneOf(values, issue.input)) });
}

/** An array of `min` to `max` items, named `noun` (singular) and `nouns` in messages. */
export function list<T extends z.ZodType>(
	item: T,
	limits: { min?: number; max: number; noun: string; nouns: string }
): z.ZodArray<T> {
	const { min = 0, max, noun, nouns } = limits;
	const schema = z.array(item, {
		error: unlessMissing((issue) => {
			if (issue.code === 'too_small') return MESSAGES.tooFew(min, noun);
			if (issue.code === 'too_big' && Array.isArray(issue.input)) {
				return MESSAGES.tooMany(max, nouns, issue.input.length);
			}
			return MESSAGES.wrongType('array', issue.input);
		})
	});
	return min > 0 ? schema.min(min).max(max) : schema.max(max);
}
