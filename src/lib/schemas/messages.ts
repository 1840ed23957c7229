/**
 * Every sentence the format layer says about a bad input, in one place, so the page, the
 * API, the CLI and the tests all use the same words (style.md §14).
 *
 * A problem is shown as `path: message`, so each message starts in lower case and reads
 * as the end of a sentence about the field at `path`: "horizonYears: must be a whole number
 * from 1 to 100 (got 0)". Messages name the offending value where it helps, shortened by
 * {@link show} so a hostile or huge input never floods the list.
 */

/** The longest piece of a user's string repeated back in a message, in characters. */
export const MAX_SHOWN_LENGTH = 40;

/**
 * A value as a message repeats it: strings in JSON quotes (shortened to
 * {@link MAX_SHOWN_LENGTH} characters), numbers, booleans and null as written, and
 * anything larger by its kind ("an object", "an array").
 */
export function show(value: unknown): string {
	if (typeof value === 'string') return JSON.stringify(shorten(value));
	if (isLossless(value)) return shorten(value.value);
	if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
		return String(value);
	}
	if (value === null) return 'null';
	if (value === undefined) return 'nothing';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'object') return 'an object';
	return `a ${typeof value}`;
}

/**
 * lossless-json's own test for its numbers (the shared symbol it marks them with), written out
 * here so that the page's problem words do not bring the JSON parser into its first-load
 * JavaScript (issue 12).
 */
function isLossless(value: unknown): value is { value: string } {
	return (
		value !== null &&
		typeof value === 'object' &&
		(value as Record<symbol, unknown>)[Symbol.for('lossless-json.LosslessNumber')] === true
	);
}

/** A string cut to {@link MAX_SHOWN_LENGTH} characters (code points), with "…" if cut. */
export function shorten(text: string): string {
	// Slice first so a multi-megabyte string is never split into an array of characters.
	const head = Array.from(text.slice(0, MAX_SHOWN_LENGTH * 2));
	return head.length > MAX_SHOWN_LENGTH || text.length > MAX_SHOWN_LENGTH * 2
		? head.slice(0, MAX_SHOWN_LENGTH).join('') + '…'
		: text;
}

/** Quoted values joined as a person lists them: `"a", "b" or "c"`. */
export function listOf(values: readonly unknown[], conjunction: 'or' | 'and' = 'or'): string {
	const shown = values.map(show);
	if (shown.length <= 1) return shown.join('');
	return `${shown.slice(0, -1).join(', ')} ${conjunction} ${shown[shown.length - 1]}`;
}

function got(value: unknown): string {
	return ` (got ${show(value)})`;
}

const ARTICLE_TYPES: Record<string, string> = {
	string: 'a string',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	object: 'an object',
	array: 'an array'
};

/**
 * The messages, keyed by a stable id. Tests and callers may match on these builders rather
 * than on copied text; the wording may improve, the ids stay.
 */
export const MESSAGES = {
	required: (): string => 'is required',
	wrongType: (expected: string, input: unknown): string =>
		`must be ${ARTICLE_TYPES[expected] ?? expected}${got(input)}`,
	notValid: (input: unknown): string => `is not valid${got(input)}`,

	notPlainDecimal: (input: unknown): string =>
		`must be a decimal number in plain notation such as "1250.50"${got(input)}`,
	tooManyDigits: (input: unknown): string =>
		`must have at most 15 digits before the point and 10 after${got(input)}`,
	numberNotExact: (input: unknown): string =>
		`must be a number this product can read exactly: at most 15 digits before the point ` +
		`and 10 after once written out in full${got(input)}`,
	outOfBounds: (bounds: string, input: unknown): string => `must be ${bounds}${got(input)}`,
	notDecimalOrRange: (input: unknown): string =>
		`must be a decimal number such as "325", or a range such as ` +
		`{"low": "300", "central": "325", "high": "350"}${got(input)}`,
	lowAboveCentral: (low: string, central: string): string =>
		`low (${low}) must not be above central (${central})`,
	highBelowCentral: (high: string, central: string): string =>
		`high (${high}) must not be below central (${central})`,

	wholeNumber: (min: number, max: number, input: unknown): string =>
		`must be a whole number from ${min} to ${max}${got(input)}`,
	outsideHorizon: (horizonYears: number, input: unknown): string =>
		`must be a year within the horizon, from 1 to ${horizonYears}${got(input)}`,
	toYearBeforeFromYear: (fromYear: number, toYear: number): string =>
		`must not be before fromYear, which is ${fromYear}${got(toYear)}`,

	empty: (): string => 'must not be empty',
	controlCharacter: (codePoint: number, position: number): string =>
		`must not contain control characters or the characters that reverse text direction ` +
		`(found U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} at character ` +
		`${position}); retype the text or paste it as plain text`,
	tooLong: (max: number, length: number): string =>
		`must be at most ${max} characters long (got ${length})`,
	identifier: (input: unknown): string =>
		`must be 1 to 64 characters of a–z, 0–9, "-" and "_"${got(input)}`,
	currency: (input: unknown): string =>
		`must be a three-letter ISO 4217 currency code in capitals, such as "GBP"${got(input)}`,
	date: (input: unknown): string =>
		`must be a date written YYYY, YYYY-MM or YYYY-MM-DD${got(input)}`,
	notARealDate: (input: unknown): string => `is not a date on the calendar${got(input)}`,
	url: (input: unknown): string =>
		`must be an absolute http or https address such as "https://example.org/report"${got(input)}`,
	oneOf: (values: readonly unknown[], input: unknown): string =>
		values.length === 1
			? `must be ${show(values[0])}${got(input)}`
			: `must be one of ${listOf(values)}${got(input)}`,
	resultsNotScenario: (): string =>
		'must be "public-cost-comparison"; this is a results file, not a scenario',
	newerVersion: (version: number): string =>
		`is ${version}, newer than this release can read (it reads version 1); ` +
		'open the file with a newer release',

	tooFew: (min: number, noun: string): string =>
		min === 1 ? `must list at least one ${noun}` : `must list at least ${min} ${noun}s`,
	tooMany: (max: number, nouns: string, length: number): string =>
		`must list at most ${max} ${nouns} (got ${length})`,
	unknownField: (key: string, suggestion?: string): string =>
		suggestion === undefined
			? `unknown field ${show(key)} (fields outside the format are rejected, not ignored, ` +
				'so a typo cannot silently drop a cost)'
			: `unknown field ${show(key)}; did you mean ${show(suggestion)}?`,

	duplicateId: (what: string, id: string, firstPath: string): string =>
		`${what} id ${show(id)} is already used by ${firstPath}`,
	noOption: (id: string, ids: readonly string[]): string =>
		ids.length === 0
			? `no option ${show(id)}`
			: `no option ${show(id)} (the options are ${listOf(ids, 'and')})`,
	noLine: (id: string, optionId: string | undefined): string =>
		optionId === undefined
			? `no line ${show(id)} in this option`
			: `no line ${show(id)} in option ${show(optionId)}`,
	namesPercentOf: (id: string): string =>
		`line ${show(id)} is itself a percentOf line; a percentOf line may only name lines of other kinds`,
	namedTwice: (id: string, firstPath: string): string =>
		`line ${show(id)} is already named at ${firstPath}; name each line once, or it would be counted twice`,
	noSource: (id: string): string => `no source ${show(id)} in the scenario's sources`,
	hourNeedsPeriods: (): string =>
		'is required for a line priced per hour: give the hours a year it pays for, such as "1650"',
	claimAgainstItself: (id: string): string =>
		`names option ${show(id)}, the same option as the claim's own; a claim compares two different options`,
	claimWithBaseline: (id: string): string =>
		`is ${show(id)}, the scenario's baseline, so the claim would compare the baseline with ` +
		'itself; give the claim a "baseline" naming another option',

	notJson: (reason: string): string => `is not valid JSON (${reason})`,
	moreProblems: (count: number): string =>
		`${count} more ${count === 1 ? 'problem' : 'problems'} not listed; fix these first`,
	internalError: (): string =>
		'could not be checked because of an unexpected error in the checker; please report it'
} as const;
