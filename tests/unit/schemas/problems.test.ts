import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { listOf, shorten, show } from '../../../src/lib/schemas/messages';
import {
	formatPath,
	formatProblem,
	parseWithProblems,
	ROOT_PATH
} from '../../../src/lib/schemas/problems';

describe('formatPath', () => {
	it.each([
		[[], '(scenario)'],
		[['horizonYears'], 'horizonYears'],
		[['options', 1, 'lines', 0, 'amount'], 'options[1].lines[0].amount'],
		[['options', 0, 'lines', 2, 'of', 0], 'options[0].lines[2].of[0]'],
		[['options', 0, 'my field'], 'options[0]["my field"]'],
		[['1abc'], '["1abc"]'],
		[['__proto__'], '__proto__'],
		[['k'.repeat(50)], `["${'k'.repeat(40)}…"]`]
	])('writes %j as %s', (path, text) => {
		expect(formatPath(path)).toBe(text);
	});

	it('names the root "(scenario)"', () => {
		expect(ROOT_PATH).toBe('(scenario)');
	});
});

describe('formatProblem', () => {
	it('writes "path: message"', () => {
		expect(
			formatProblem({
				path: 'horizonYears',
				message: 'must be a whole number from 1 to 100 (got 0)'
			})
		).toBe('horizonYears: must be a whole number from 1 to 100 (got 0)');
	});
});

describe('show', () => {
	it.each([
		['x', '"x"'],
		['say "hi"', '"say \\"hi\\""'],
		['line\nbreak', '"line\\nbreak"'],
		[0, '0'],
		[-2.5, '-2.5'],
		[1e21, '1e+21'],
		[true, 'true'],
		[null, 'null'],
		[undefined, 'nothing'],
		[[1], 'an array'],
		[{ a: 1 }, 'an object']
	])('shows %j as %s', (value, shown) => {
		expect(show(value)).toBe(shown);
	});
});

describe('shorten', () => {
	it('keeps a string of 40 characters', () => {
		expect(shorten('a'.repeat(40))).toBe('a'.repeat(40));
	});

	it('cuts a longer string to 40 characters and an ellipsis', () => {
		expect(shorten('a'.repeat(41))).toBe(`${'a'.repeat(40)}…`);
	});

	it('never splits a character outside the basic plane', () => {
		expect(shorten('😀'.repeat(41))).toBe(`${'😀'.repeat(40)}…`);
	});

	it('copes with a string of ten million characters', () => {
		expect(shorten('x'.repeat(10_000_000)).length).toBe(41);
	});
});

describe('listOf', () => {
	it.each([
		[['a'], '"a"'],
		[['a', 'b'], '"a" or "b"'],
		[['a', 'b', 'c'], '"a", "b" or "c"']
	])('lists %j as %s', (values, text) => {
		expect(listOf(values)).toBe(text);
	});
});

describe('parseWithProblems', () => {
	it('gives the parsed value when valid', () => {
		expect(parseWithProblems(z.strictObject({ a: z.string() }), { a: 'x' })).toEqual({
			ok: true,
			value: { a: 'x' }
		});
	});

	it('words generic issues itself rather than in zod’s default English', () => {
		const schema = z.strictObject({ a: z.string(), b: z.array(z.number()) });
		expect(parseWithProblems(schema, { b: 'x', c: 1 })).toEqual({
			ok: false,
			problems: [
				{ path: 'b', message: 'must be an array (got "x")' },
				{
					path: 'c',
					message:
						'unknown field "c" (fields outside the format are rejected, not ignored, so a typo cannot silently drop a cost)'
				},
				{ path: 'a', message: 'is required' }
			]
		});
	});

	it('turns an exception into one problem at the root instead of throwing', () => {
		const schema = z.unknown().transform(() => {
			throw new Error('boom');
		});
		expect(parseWithProblems(schema, 1)).toEqual({
			ok: false,
			problems: [
				{
					path: '(scenario)',
					message:
						'could not be checked because of an unexpected error in the checker; please report it'
				}
			]
		});
	});
});
