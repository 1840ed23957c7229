import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_PROBLEMS } from '../../../src/lib/schemas/problems';
import { parseScenario, type ParseResult } from '../../../src/lib/schemas/scenario';
import { arbScenarioDocument } from '../../fixtures/arbitraries';
import {
	arbHostileJson,
	arbMutations,
	expectExplained,
	expectPrototypeClean,
	mutateAll,
	runs,
	timeoutFor
} from './support';

/**
 * The validator, fuzzed: random JSON (with prototype-pollution keys and extreme numbers) and
 * valid documents with parts deleted, replaced, added, wrapped or repeated. parseScenario must
 * never throw, must accept or refuse with every problem explained, and must leave
 * Object.prototype alone.
 */

function expectWellFormed(result: ParseResult): void {
	if (result.ok) {
		expect(result.scenario.options.length).toBeGreaterThan(0);
		return;
	}
	expect(result.problems.length).toBeGreaterThan(0);
	expect(result.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
	result.problems.forEach(expectExplained);
}

const RANDOM_RUNS = 4_000;
const MUTATED_RUNS = 5_000;

describe('parseScenario, fuzzed', () => {
	afterAll(expectPrototypeClean);

	it(
		`never throws on random JSON (${RANDOM_RUNS} cases)`,
		() => {
			fc.assert(
				fc.property(arbHostileJson, (value) => expectWellFormed(parseScenario(value))),
				runs(RANDOM_RUNS)
			);
		},
		timeoutFor(RANDOM_RUNS, 1)
	);

	it(
		`never throws on mutated valid documents, and explains every refusal (${MUTATED_RUNS} cases)`,
		() => {
			fc.assert(
				fc.property(arbScenarioDocument, arbMutations, (document, mutations) => {
					expectWellFormed(parseScenario(mutateAll(document, mutations)));
				}),
				runs(MUTATED_RUNS)
			);
		},
		timeoutFor(MUTATED_RUNS, 2)
	);
});
