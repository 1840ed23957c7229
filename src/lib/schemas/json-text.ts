import { isSafeNumber, LosslessNumber, parse } from 'lossless-json';

/**
 * The one reader of JSON text at the boundaries (file import, the CLI, the HTTP API):
 * `JSON.parse`, except that a number is never rounded on the way in (format.md, "Numbers").
 *
 * `JSON.parse` reads `1E-400` as 0 and `100.00000000000000001` as 100, silently, before
 * any schema can see them. Here a whole number that a JavaScript number holds exactly
 * (the years, the horizon, the version) stays a number, and every other number stays a
 * {@link LosslessNumber} carrying the text it was written with, which the decimal reader
 * (decimal.ts) reads digit for digit or refuses with a sentence. A key given twice with
 * different values is an error rather than "the last one wins", so a repeated field can
 * never silently replace a cost.
 *
 * Throws a `SyntaxError` on text that is not JSON, as `JSON.parse` does.
 */
export function parseJsonText(text: string): unknown {
	return parse(text, null, readNumber);
}

const WHOLE = /^-?\d+$/;

function readNumber(text: string): number | LosslessNumber {
	return WHOLE.test(text) && isSafeNumber(text) ? Number(text) : new LosslessNumber(text);
}
