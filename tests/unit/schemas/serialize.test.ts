import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/lib/engine/types';
import { parseScenario } from '../../../src/lib/schemas/scenario';
import { rangeToDocument, scenarioToDocument } from '../../../src/lib/schemas/serialize';
import { arbScenarioDocument } from '../../fixtures/arbitraries';
import { edited, exampleDocuments, minimalDocument } from './documents';

function parsed(input: unknown): Scenario {
	const result = parseScenario(input);
	if (!result.ok) throw new Error(`invalid test document: ${result.problems[0].message}`);
	return result.scenario;
}

/** Every number in a document, with the field it sits in. */
function numbersIn(value: unknown, field = ''): string[] {
	if (typeof value === 'number') return [field];
	if (Array.isArray(value)) return value.flatMap((item) => numbersIn(item, field));
	if (typeof value === 'object' && value !== null) {
		return Object.entries(value).flatMap(([key, item]) => numbersIn(item, key));
	}
	return [];
}

const INTEGER_FIELDS = new Set([
	'version',
	'startYear',
	'horizonYears',
	'fromYear',
	'toYear',
	'year'
]);

describe('scenarioToDocument', () => {
	it('gives back the same scenario when parsed again', () => {
		fc.assert(
			fc.property(arbScenarioDocument, (document) => {
				const scenario = parsed(document);
				const written = JSON.parse(JSON.stringify(scenarioToDocument(scenario)));
				expect(parseScenario(written)).toEqual({ ok: true, scenario });
			}),
			{ numRuns: 150 }
		);
	});

	it('writes a document that writes itself again unchanged', () => {
		fc.assert(
			fc.property(arbScenarioDocument, (document) => {
				const written = scenarioToDocument(parsed(document));
				expect(scenarioToDocument(parsed(written))).toEqual(written);
			}),
			{ numRuns: 50 }
		);
	});

	it('writes every decimal as a string, keeping numbers only for whole-number fields', () => {
		fc.assert(
			fc.property(arbScenarioDocument, (document) => {
				const fields = numbersIn(scenarioToDocument(parsed(document)));
				expect(fields.filter((field) => !INTEGER_FIELDS.has(field))).toEqual([]);
			}),
			{ numRuns: 50 }
		);
	});

	it.each([...exampleDocuments()])('round-trips the %s example', (_, document) => {
		const scenario = parsed(document);
		expect(parsed(scenarioToDocument(scenario))).toEqual(scenario);
	});

	it('writes every top-level field, defaults included, in the order of format.md', () => {
		expect(Object.keys(scenarioToDocument(parsed(minimalDocument())))).toEqual([
			'format',
			'version',
			'title',
			'description',
			'currency',
			'startYear',
			'yearBasis',
			'horizonYears',
			'weeksPerYear',
			'daysPerYear',
			'inflationPercent',
			'discount',
			'baseline',
			'options',
			'sources'
		]);
	});

	it('writes the canonical form of a small scenario', () => {
		const document = edited(minimalDocument(), [
			[
				'options[1].lines',
				[
					{
						id: 'fee',
						kind: 'recurring',
						amount: 825,
						per: 'week',
						upliftPercent: { low: '1', central: '2' }
					}
				]
			]
		]);
		expect(scenarioToDocument(parsed(document)).options[1]).toEqual({
			id: 'agency',
			name: 'Agency',
			kind: 'other',
			lines: [
				{
					id: 'fee',
					label: 'fee',
					kind: 'recurring',
					amount: '825',
					per: 'week',
					quantity: '1',
					quantityGrowthPercent: '0',
					upliftPercent: { low: '1', central: '2', high: '2' },
					sources: []
				}
			]
		});
	});

	it('leaves out optional fields that are absent rather than writing undefined', () => {
		const line = scenarioToDocument(parsed(minimalDocument())).options[0].lines[0];
		expect(Object.keys(line)).toEqual([
			'id',
			'label',
			'kind',
			'amount',
			'per',
			'quantity',
			'quantityGrowthPercent',
			'sources'
		]);
	});

	it('writes a flat discount with its rate', () => {
		const document = edited(minimalDocument(), [
			['discount', { scheme: 'flat', ratePercent: 3.5 }]
		]);
		expect(scenarioToDocument(parsed(document)).discount).toEqual({
			scheme: 'flat',
			ratePercent: '3.5'
		});
	});
});

describe('rangeToDocument', () => {
	it('writes equal values as one string', () => {
		expect(rangeToDocument({ low: '325', central: '325', high: '325' })).toBe('325');
	});

	it('compares the values as decimals, writing central', () => {
		expect(rangeToDocument({ low: '1.0', central: '1', high: '1.00' })).toBe('1');
	});

	it('writes differing values as an object with all three', () => {
		expect(rangeToDocument({ low: '300', central: '325', high: '325' })).toEqual({
			low: '300',
			central: '325',
			high: '325'
		});
	});
});
