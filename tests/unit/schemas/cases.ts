import { expect, it } from 'vitest';
import { edited, minimalDocument, problemsOf } from './documents';

/** Table-driven rule tests: each case edits the minimal document and lists every problem. */

export type Edit = readonly [path: string, value: unknown];

export interface Case {
	rule: string;
	edits: Edit[];
	problems: string[];
}

export const UNKNOWN =
	'(fields outside the format are rejected, not ignored, so a typo cannot silently drop a cost)';
export const DECIMAL = 'must be a decimal number in plain notation such as "1250.50"';
export const RANGE =
	'must be a decimal number such as "325", or a range such as {"low": "300", "central": "325", "high": "350"}';
export const ID = 'must be 1 to 64 characters of a–z, 0–9, "-" and "_"';
export const LINE = 'options[0].lines';
export const KINDS = '"recurring", "staff", "oneOff", "risk" or "percentOf"';

/** One test per case, asserting the exact list of `path: message` problems. */
export function runCases(cases: Case[]): void {
	it.each(cases)('$rule', ({ edits, problems }) => {
		expect(problemsOf(edited(minimalDocument(), edits))).toEqual(problems);
	});
}
