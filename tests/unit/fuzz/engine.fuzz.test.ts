import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, toResultsDocument } from '../../../src/lib/engine';
import { parseScenario } from '../../../src/lib/schemas/scenario';
import { resultsDocumentSchema } from '../../../src/lib/server/api/schemas';
import { arbScenarioDocument } from '../../fixtures/arbitraries';
import { copyJson, expectExplained, runs, setOwn, timeoutFor } from './support';

/**
 * The engine, fuzzed with valid scenarios pushed to the edges of the format: the largest and
 * smallest decimals it allows, growth and uplift of 1,000% a year, negative rates. Whatever
 * the validator accepts, the engine must work out without throwing, and every figure of the
 * results document must be a finite amount to the penny.
 */

/** Decimals at the edges of what some field of the format takes. */
const EDGE_DECIMALS = [
	'0',
	'0.0000000001',
	'999999999999999.9999999999',
	'-999999999999999.9999999999',
	'1000',
	'-99.9999999999',
	'100',
	'366',
	'53',
	'1'
] as const;

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Every path in a document to a decimal string. */
function decimalPaths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
	if (typeof value === 'string') return DECIMAL.test(value) ? [at] : [];
	if (typeof value !== 'object' || value === null) return [];
	const entries = Array.isArray(value)
		? value.map((item, index) => [index, item] as const)
		: Object.entries(value);
	return entries.flatMap(([key, item]) => decimalPaths(item, [...at, key]));
}

/** The document with some of its decimals replaced by edge values. */
function pushedToEdges(document: unknown, picks: readonly (readonly [number, string])[]): unknown {
	const copy = copyJson(document);
	const paths = decimalPaths(copy);
	if (paths.length === 0) return copy;
	for (const [index, value] of picks) {
		const path = paths[index % paths.length];
		let parent = copy as Record<string | number, unknown>;
		for (const segment of path.slice(0, -1))
			parent = parent[segment] as Record<string | number, unknown>;
		setOwn(parent, path[path.length - 1], value);
	}
	return copy;
}

const EDGE_RUNS = 1_000;

describe('analyse and toResultsDocument, fuzzed', () => {
	it(
		`work out every scenario the validator accepts, to the penny (${EDGE_RUNS} cases)`,
		() => {
			let computed = 0;
			fc.assert(
				fc.property(
					arbScenarioDocument,
					fc.array(fc.tuple(fc.nat(), fc.constantFrom(...EDGE_DECIMALS)), { maxLength: 6 }),
					(document, picks) => {
						const parsed = parseScenario(pushedToEdges(document, picks));
						if (!parsed.ok) {
							parsed.problems.forEach(expectExplained);
							return;
						}
						computed += 1;
						const results = toResultsDocument(analyse(parsed.scenario));
						expect(resultsDocumentSchema.safeParse(results).success).toBe(true);
						expect(JSON.stringify(results)).not.toMatch(/"-0\.00"|NaN|Infinity/);
					}
				),
				runs(EDGE_RUNS)
			);
			// Enough cases must reach the engine, or this tests the validator instead. About 27%
			// do (256–289 of 1,000 in six runs; a binomial spread of about 14): a fifth is five
			// spreads below, where a quarter, 1.8 below, failed about one run in 25.
			expect(computed).toBeGreaterThan(EDGE_RUNS / 5);
		},
		timeoutFor(EDGE_RUNS, 5)
	);
});
