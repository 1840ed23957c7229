import { describe, expect, it } from 'vitest';
import { jsonShapeProblem } from '../../../src/lib/server/api/json-shape';
import { MAX_JSON_DEPTH, MAX_OBJECT_FIELDS } from '../../../src/lib/server/api/limits';
import { runWithTimeLimit, TimeLimitExceededError } from '../../../src/lib/server/api/time-limit';
import { exampleText } from './helpers';

function nested(depth: number): unknown {
	let value: unknown = 0;
	for (let level = 0; level < depth; level++) value = level % 2 === 0 ? [value] : { a: value };
	return value;
}

describe('jsonShapeProblem', () => {
	it.each(['childrens-trust', 'foster-placements', 'insourcing'])(
		'finds nothing wrong with the %s example',
		(name) => {
			expect(jsonShapeProblem(JSON.parse(exampleText(name)))).toBeUndefined();
		}
	);

	it(`allows ${MAX_JSON_DEPTH} levels of nesting and refuses one more`, () => {
		expect(jsonShapeProblem(nested(MAX_JSON_DEPTH))).toBeUndefined();
		expect(jsonShapeProblem(nested(MAX_JSON_DEPTH + 1))?.message).toMatch(/nested more than 32/);
	});

	it('walks a million levels without overflowing the stack', () => {
		expect(jsonShapeProblem(nested(1_000_000))?.message).toMatch(/^is nested more than 32/);
	});

	it(`allows ${MAX_OBJECT_FIELDS} fields in an object and refuses one more, saying where`, () => {
		const fields = (count: number) =>
			Object.fromEntries(Array.from({ length: count }, (_, i) => [`f${i}`, i]));
		expect(jsonShapeProblem({ options: [fields(MAX_OBJECT_FIELDS)] })).toBeUndefined();
		expect(jsonShapeProblem({ options: [fields(MAX_OBJECT_FIELDS + 1)] })).toEqual({
			path: 'options[0]',
			message: 'has 65 fields, more than the 64 any object of the format could have'
		});
	});

	it('counts __proto__ as the plain field it is in parsed JSON', () => {
		const parsed = JSON.parse('{"__proto__": {"polluted": true}}');
		expect(jsonShapeProblem(parsed)).toBeUndefined();
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});

describe('runWithTimeLimit', () => {
	it('gives back what the task returns', () => {
		expect(runWithTimeLimit(() => 42, 1_000)).toBe(42);
	});

	it('stops a synchronous task that runs past its limit', () => {
		const started = performance.now();
		expect(() =>
			runWithTimeLimit(() => {
				for (;;) {
					// Spins until stopped.
				}
			}, 50)
		).toThrow(TimeLimitExceededError);
		expect(performance.now() - started).toBeLessThan(2_000);
	});

	it('passes the task’s own errors through unchanged', () => {
		const error = new RangeError('out of range');
		expect(() =>
			runWithTimeLimit(() => {
				throw error;
			}, 1_000)
		).toThrow(error);
	});

	it('runs again normally after a task was stopped', () => {
		expect(() =>
			runWithTimeLimit(() => {
				for (;;) {
					// Spins until stopped.
				}
			}, 10)
		).toThrow(TimeLimitExceededError);
		expect(runWithTimeLimit(() => 'still here', 1_000)).toBe('still here');
	});
});
