import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeScenario, encodeScenario } from '../../../src/lib/codec/url-codec';
import { parseScenario } from '../../../src/lib/schemas/scenario';
import { arbScenarioDocument } from '../../fixtures/arbitraries';

describe('encodeScenario then decodeScenario', () => {
	it('give back every valid scenario exactly', async () => {
		await fc.assert(
			fc.asyncProperty(arbScenarioDocument, async (document) => {
				const parsed = parseScenario(document);
				if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
				expect(await decodeScenario(await encodeScenario(parsed.scenario))).toStrictEqual({
					ok: true,
					scenario: parsed.scenario
				});
			}),
			{ numRuns: 200 }
		);
	});
});
