/**
 * Shared pieces of the fuzz suites: how many cases to run, hostile values and keys, the
 * mutations applied to valid documents, and the checks every rejection must pass (a path and
 * a sentence).
 *
 * The suites together run tens of thousands of cases in well under a minute. For a longer
 * hunt, scale every count: `FUZZ_SCALE=20 npx vitest run tests/unit/fuzz`. A failure prints
 * fast-check's seed and path; pass them back with `FUZZ_SEED=… FUZZ_PATH=…` to replay it.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Problem } from '../../../src/lib/schemas/problems';

const SCALE = Number(process.env.FUZZ_SCALE ?? 1);

/** fast-check's parameters for a property of `runs` cases (scaled by FUZZ_SCALE). */
export function runs(count: number): fc.Parameters<unknown> {
	const parameters: fc.Parameters<unknown> = { numRuns: Math.max(1, Math.round(count * SCALE)) };
	if (process.env.FUZZ_SEED !== undefined) {
		parameters.seed = Number(process.env.FUZZ_SEED);
		parameters.path = process.env.FUZZ_PATH;
	}
	return parameters;
}

/** A vitest timeout for a property of `runs` cases at `msPerCase`, with room to spare. */
export function timeoutFor(count: number, msPerCase: number): number {
	return Math.max(10_000, count * SCALE * msPerCase * 4);
}

/** Keys that have tripped up JavaScript parsers and mergers: prototype pollution and friends. */
export const HOSTILE_KEYS = [
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'valueOf',
	'hasOwnProperty',
	'__defineGetter__',
	'then',
	'',
	'\u0000',
	'options[0]',
	'a.b'
] as const;

/** Numbers at and past the edges of what JSON and decimal.js take, as JSON text. */
export const EXTREME_NUMBER_TEXTS = [
	'0',
	'-0',
	'1e308',
	'-1e308',
	'1e309',
	'5e-324',
	'1e-400',
	'123456789012345678901234567890',
	'0.1',
	'9007199254740993',
	'1.7976931348623157e308',
	'-999999999999999.9999999999',
	'1E+2'
] as const;

/** Values at the edges of JavaScript, for documents built in memory rather than parsed. */
export const HOSTILE_VALUES: readonly unknown[] = [
	null,
	undefined,
	true,
	-0,
	Number.NaN,
	Number.POSITIVE_INFINITY,
	Number.MAX_VALUE,
	Number.MIN_VALUE,
	'',
	' ',
	'x'.repeat(100_000),
	'\uD800',
	'\u0000',
	'1e5',
	'0x10',
	'١٢٣',
	'325 ',
	[],
	{},
	Object.create(null),
	JSON.parse('{"__proto__": {"polluted": true}}'),
	JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
	10n
];

/** Any JSON value, with hostile keys mixed among ordinary ones. */
export const arbHostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
	value: fc.oneof(
		{ depthSize: 'small', withCrossShrink: true },
		fc.jsonValue({ maxDepth: 1 }),
		fc.constantFrom(...EXTREME_NUMBER_TEXTS).map((text) => JSON.parse(text) as unknown),
		fc.array(tie('value'), { maxLength: 4 }),
		fc
			.array(
				fc.tuple(
					fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 })),
					tie('value')
				),
				{ maxLength: 5 }
			)
			.map((entries) => objectOf(entries))
	)
})).value;

/** An object with these own properties, `__proto__` included as a plain field (as JSON.parse makes it). */
export function objectOf(
	entries: readonly (readonly [string, unknown])[]
): Record<string, unknown> {
	const object: Record<string, unknown> = {};
	for (const [key, value] of entries) setOwn(object, key, value);
	return object;
}

/** Sets an own property, even one named `__proto__`. */
export function setOwn(target: object, key: string | number, value: unknown): void {
	Object.defineProperty(target, key, {
		value,
		enumerable: true,
		writable: true,
		configurable: true
	});
}

function isContainer(value: unknown): value is Record<string | number, unknown> {
	return typeof value === 'object' && value !== null;
}

/** Every path to a value inside a plain JSON document, the root included. */
function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
	const paths = [at];
	if (!isContainer(value) || at.length > 8) return paths;
	const entries = Array.isArray(value)
		? value.map((item, i) => [i, item] as const)
		: Object.entries(value);
	for (const [key, item] of entries) paths.push(...pathsOf(item, [...at, key]));
	return paths;
}

/** One change to a document. */
export type Mutation =
	| { kind: 'delete' }
	| { kind: 'replace'; value: unknown }
	| { kind: 'add'; key: string; value: unknown }
	| { kind: 'wrap'; depth: number }
	| { kind: 'duplicate' };

export const arbMutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.constant<Mutation>({ kind: 'delete' }),
	arbHostileJson.map((value): Mutation => ({ kind: 'replace', value })),
	fc.constantFrom(...HOSTILE_VALUES).map((value): Mutation => ({ kind: 'replace', value })),
	fc
		.tuple(fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 12 })), arbHostileJson)
		.map(([key, value]): Mutation => ({ kind: 'add', key, value })),
	fc.integer({ min: 1, max: 60 }).map((depth): Mutation => ({ kind: 'wrap', depth })),
	fc.constant<Mutation>({ kind: 'duplicate' })
);

/** A deep copy of a JSON document, keeping `__proto__` as a plain field. */
export function copyJson(value: unknown): unknown {
	if (!isContainer(value)) return value;
	if (Array.isArray(value)) return value.map(copyJson);
	return objectOf(Object.entries(value).map(([key, item]) => [key, copyJson(item)] as const));
}

/** `document` with `mutation` applied at the `pathIndex`-th of its paths (modulo their count). */
export function mutate(document: unknown, pathIndex: number, mutation: Mutation): unknown {
	const copy = copyJson(document);
	const paths = pathsOf(copy);
	const path = paths[pathIndex % paths.length];
	const apply = (target: unknown): unknown => {
		switch (mutation.kind) {
			case 'replace':
				return mutation.value;
			case 'wrap': {
				let wrapped = target;
				for (let level = 0; level < mutation.depth; level++) wrapped = [wrapped];
				return wrapped;
			}
			case 'duplicate':
				return Array.isArray(target) ? [...target, ...target.map(copyJson)] : target;
			case 'add':
				if (isContainer(target) && !Array.isArray(target))
					setOwn(target, mutation.key, mutation.value);
				return target;
			default:
				return target;
		}
	};
	if (path.length === 0) return mutation.kind === 'delete' ? undefined : apply(copy);
	let parent = copy as Record<string | number, unknown>;
	for (const segment of path.slice(0, -1))
		parent = parent[segment] as Record<string | number, unknown>;
	const last = path[path.length - 1];
	if (mutation.kind === 'delete') {
		if (Array.isArray(parent)) parent.splice(Number(last), 1);
		else delete parent[last];
	} else setOwn(parent, last, apply(parent[last]));
	return copy;
}

/** Several mutations, one after another. */
export const arbMutations = fc.array(fc.tuple(fc.nat(), arbMutation), {
	minLength: 1,
	maxLength: 4
});

export function mutateAll(
	document: unknown,
	mutations: readonly (readonly [number, Mutation])[]
): unknown {
	return mutations.reduce(
		(value, [pathIndex, mutation]) => mutate(value, pathIndex, mutation),
		document
	);
}

/** Checks a problem has a path and a sentence a person can act on. */
export function expectExplained(problem: Problem): void {
	expect(typeof problem.path).toBe('string');
	expect(problem.path.length).toBeGreaterThan(0);
	expect(typeof problem.message).toBe('string');
	// A sentence: at least two words, no stack trace, no "[object Object]".
	expect(problem.message).toMatch(/\S+ \S+/);
	expect(problem.message).not.toMatch(/\n\s+at |\[object /);
}

/** Fails if anything has been added to Object.prototype (prototype pollution). */
export function expectPrototypeClean(): void {
	expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
	expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

/** JSON text of anything a mutation can make: a BigInt as a number, nothing at all as null. */
export function toJsonText(value: unknown): string {
	return (
		JSON.stringify(value, (_, inner: unknown) =>
			typeof inner === 'bigint' ? Number(inner) : inner
		) ?? 'null'
	);
}
