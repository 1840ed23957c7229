import { readdirSync, readFileSync } from 'node:fs';
import { parseScenario } from '../../../src/lib/schemas/scenario';
import { formatProblem } from '../../../src/lib/schemas/problems';

/** Builders for scenario documents used across the schema tests. */

export type JsonObject = { [key: string]: unknown };

/** A small valid document with every line kind, relying on every default it can. */
export function minimalDocument(): JsonObject {
	return {
		format: 'public-cost-comparison',
		version: 1,
		title: 'Test scenario',
		startYear: 2026,
		horizonYears: 5,
		options: [
			{
				id: 'in-house',
				name: 'In-house',
				lines: [
					{ id: 'placements', kind: 'recurring', amount: '325', per: 'week', sources: ['survey'] },
					{ id: 'staff', kind: 'staff', fte: '2', salary: '30000' },
					{ id: 'set-up', kind: 'oneOff', amount: '1000' },
					{ id: 'failure', kind: 'risk', probabilityPercent: '5', impact: '10000' },
					{ id: 'overheads', kind: 'percentOf', percent: '10', of: ['placements', 'staff'] }
				]
			},
			{
				id: 'agency',
				name: 'Agency',
				lines: [{ id: 'placements', kind: 'recurring', amount: '825', per: 'week' }]
			}
		],
		sources: [{ id: 'survey', title: 'A survey', strength: 'official-statistics' }]
	};
}

/** Removes the field at a path when given as the value of an edit. */
export const REMOVE = Symbol('remove');

/** `options[1].lines[0].amount` → `['options', 1, 'lines', 0, 'amount']`. */
export function parsePath(path: string): (string | number)[] {
	const segments: (string | number)[] = [];
	for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
		segments.push(match[2] === undefined ? match[1] : Number(match[2]));
	}
	return segments;
}

/**
 * A copy of `document` with each `[path, value]` applied: the field set (as an own
 * property, even `__proto__`), or removed when the value is {@link REMOVE}.
 */
export function edited(
	document: JsonObject,
	edits: readonly (readonly [string, unknown])[]
): JsonObject {
	const copy = structuredClone(document);
	for (const [path, value] of edits) {
		const segments = parsePath(path);
		let node: unknown = copy;
		for (const segment of segments.slice(0, -1)) {
			node = (node as Record<string | number, unknown>)[segment];
		}
		const last = segments[segments.length - 1];
		const target = node as Record<string | number, unknown>;
		if (value === REMOVE) delete target[last];
		else
			Object.defineProperty(target, last, {
				value,
				enumerable: true,
				writable: true,
				configurable: true
			});
	}
	return copy;
}

/** The problems of a document, as `path: message` lines, or [] when it is valid. */
export function problemsOf(input: unknown): string[] {
	const result = parseScenario(input);
	return result.ok ? [] : result.problems.map(formatProblem);
}

const EXAMPLES = new URL('../../fixtures/examples/', import.meta.url);

/** The worked examples (tests/fixtures/examples), by name. */
export function exampleDocuments(): Map<string, unknown> {
	const names = readdirSync(EXAMPLES).filter(
		(n) => n.endsWith('.json') && !n.endsWith('.expected.json')
	);
	return new Map(
		names.map((name) => [
			name.replace(/\.json$/, ''),
			JSON.parse(readFileSync(new URL(name, EXAMPLES), 'utf8')) as unknown
		])
	);
}
