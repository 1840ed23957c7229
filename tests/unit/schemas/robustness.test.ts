import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PROBLEMS } from '../../../src/lib/schemas/problems';
import { parseScenario, type ParseResult } from '../../../src/lib/schemas/scenario';
import { arbScenarioDocument } from '../../fixtures/arbitraries';
import { minimalDocument } from './documents';

/**
 * Hostile and random input: parseScenario never throws, and every rejection explains
 * itself with a path and a message.
 */

function expectWellFormed(result: ParseResult): void {
	if (result.ok) {
		expect(result.scenario.options.length).toBeGreaterThan(0);
		return;
	}
	expect(result.problems.length).toBeGreaterThan(0);
	expect(result.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
	for (const problem of result.problems) {
		expect(problem.path).not.toBe('');
		expect(problem.message).not.toBe('');
		expect(problem.message).toMatch(/^[a-z0-9"(]/);
	}
	const lines = result.problems.map((p) => `${p.path}: ${p.message}`);
	expect(new Set(lines).size).toBe(lines.length);
}

function deeplyNested(depth: number): unknown {
	let value: unknown = 'bottom';
	for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { nested: value };
	return value;
}

const HOSTILE_VALUES: unknown[] = [
	null,
	undefined,
	true,
	0,
	-0,
	Number.NaN,
	Infinity,
	1e308,
	'',
	'x'.repeat(1_000_000),
	'\u0000\uFFFF\uD800',
	[],
	{},
	deeplyNested(10_000),
	JSON.parse('{"__proto__": {"polluted": true}}'),
	JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
	Object.create(null),
	new Date(0),
	new Map([['a', 1]]),
	() => 1,
	Symbol('s'),
	10n
];

/** Deeper parts of a document are left alone by the mutations (hostile values nest 10,000 deep). */
const MAX_DEPTH = 12;

function isPlainContainer(value: unknown): value is Record<string | number, unknown> {
	if (Array.isArray(value)) return true;
	if (typeof value !== 'object' || value === null) return false;
	const prototype = Object.getPrototypeOf(value);
	return prototype === Object.prototype || prototype === null;
}

/** Every path to a value inside a document, the root included. */
function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
	const paths = [at];
	if (at.length >= MAX_DEPTH || !isPlainContainer(value)) return paths;
	if (Array.isArray(value)) value.forEach((item, i) => paths.push(...pathsOf(item, [...at, i])));
	else for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...at, key]));
	return paths;
}

function setOwn(target: object, key: string | number, value: unknown): void {
	Object.defineProperty(target, key, {
		value,
		enumerable: true,
		writable: true,
		configurable: true
	});
}

/** A copy of the plain arrays and objects near the top; anything else is shared. */
function copyOf(value: unknown, depth = 0): unknown {
	if (depth >= MAX_DEPTH || !isPlainContainer(value)) return value;
	if (Array.isArray(value)) return value.map((item) => copyOf(item, depth + 1));
	const copy: Record<string, unknown> = {};
	for (const [key, item] of Object.entries(value)) setOwn(copy, key, copyOf(item, depth + 1));
	return copy;
}

type Mutation =
	| { kind: 'delete' }
	| { kind: 'replace'; value: unknown }
	| { kind: 'add'; key: string; value: unknown };

const arbMutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.constant({ kind: 'delete' as const }),
	fc.jsonValue({ maxDepth: 2 }).map((value) => ({ kind: 'replace' as const, value })),
	fc.constantFrom(...HOSTILE_VALUES).map((value) => ({ kind: 'replace' as const, value })),
	fc
		.tuple(
			fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'amuont', 'low'),
			fc.jsonValue({ maxDepth: 1 })
		)
		.map(([key, value]) => ({ kind: 'add' as const, key, value }))
);

/** The document with the mutation applied at the chosen path (as own properties only). */
function mutate(document: unknown, pathIndex: number, mutation: Mutation): unknown {
	const copy = copyOf(document);
	const paths = pathsOf(copy);
	const path = paths[pathIndex % paths.length];
	if (path.length === 0) return mutation.kind === 'replace' ? mutation.value : copy;
	let parent = copy as Record<string | number, unknown>;
	for (const segment of path.slice(0, -1))
		parent = parent[segment] as Record<string | number, unknown>;
	const last = path[path.length - 1];
	if (mutation.kind === 'delete') delete parent[last];
	else if (mutation.kind === 'replace') setOwn(parent, last, mutation.value);
	else {
		const target = parent[last];
		if (isPlainContainer(target) && !Array.isArray(target))
			setOwn(target, mutation.key, mutation.value);
	}
	return copy;
}

describe('parseScenario on hostile input', () => {
	it.each(HOSTILE_VALUES.map((value, i) => [i, value]))(
		'never throws on hostile value %i at the root',
		(_, value) => {
			expectWellFormed(parseScenario(value));
		}
	);

	it.each(HOSTILE_VALUES.map((value, i) => [i, value]))(
		'never throws on hostile value %i as the title',
		(_, value) => {
			const document = { ...minimalDocument(), title: value };
			expectWellFormed(parseScenario(document));
		}
	);

	it('never throws on anything fast-check can make', () => {
		fc.assert(
			fc.property(
				fc.anything({
					withBigInt: true,
					withDate: true,
					withMap: true,
					withSet: true,
					withNullPrototype: true
				}),
				(value) => {
					expectWellFormed(parseScenario(value));
				}
			),
			{ numRuns: 200 }
		);
	});

	it('never throws on a valid document with one part deleted, replaced or added', () => {
		fc.assert(
			fc.property(arbScenarioDocument, fc.nat(), arbMutation, (document, pathIndex, mutation) => {
				expectWellFormed(parseScenario(mutate(document, pathIndex, mutation)));
			}),
			{ numRuns: 300 }
		);
	});

	it('never throws on a valid document with several parts mutated', () => {
		fc.assert(
			fc.property(
				arbScenarioDocument,
				fc.array(fc.tuple(fc.nat(), arbMutation), { maxLength: 6 }),
				(document, mutations) => {
					const mutated = mutations.reduce(
						(doc, [pathIndex, mutation]) => mutate(doc, pathIndex, mutation),
						document as unknown
					);
					expectWellFormed(parseScenario(mutated));
				}
			),
			{ numRuns: 100 }
		);
	});

	it('does not pollute Object.prototype through __proto__ or constructor keys', () => {
		const document = JSON.parse(
			JSON.stringify(minimalDocument()).replace(
				/^\{/,
				'{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}},'
			)
		);
		parseScenario(document);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('accepts ids such as "constructor" and "__proto__" as plain ids', () => {
		const document = minimalDocument();
		const options = document.options as { id: string; lines: unknown[] }[];
		options[0].id = 'constructor';
		options[1].id = '__proto__';
		const result = parseScenario({ ...document, baseline: '__proto__' });
		expect(result.ok && result.scenario.baseline).toBe('__proto__');
	});

	it('reports a getter that throws as a problem at the root', () => {
		const document = minimalDocument();
		Object.defineProperty(document, 'title', {
			enumerable: true,
			get() {
				throw new Error('no');
			}
		});
		expect(parseScenario(document)).toEqual({
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

	it('bounds the work on a huge array by refusing its length first', () => {
		const options = Array.from({ length: 100_000 }, (_, i) => ({
			id: `o${i}`,
			name: 'x',
			lines: 'no'
		}));
		const started = performance.now();
		const result = parseScenario({ ...minimalDocument(), options });
		expect([
			result.ok ? [] : result.problems[0].message,
			performance.now() - started < 2000
		]).toEqual(['must list at most 10 options (got 100000)', true]);
	});
});
