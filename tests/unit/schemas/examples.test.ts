import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/lib/schemas/scenario';
import { exampleDocuments, problemsOf } from './documents';

describe('parseScenario with the worked examples', () => {
	const examples = exampleDocuments();

	it('finds the four worked examples', () => {
		expect([...examples.keys()].sort()).toEqual([
			'agency-hours',
			'childrens-trust',
			'foster-placements',
			'insourcing'
		]);
	});

	it.each([...examples])('accepts %s', (_, document) => {
		expect(problemsOf(document)).toEqual([]);
	});

	it('applies the defaults the foster placements example leaves out', () => {
		const result = parseScenario(examples.get('foster-placements'));
		const scenario = result.ok ? result.scenario : undefined;
		expect({
			daysPerYear: scenario?.daysPerYear,
			quantityGrowth: scenario?.options[0].lines[0],
			percentOf: scenario?.options[1].lines[1]
		}).toMatchObject({
			daysPerYear: '365',
			quantityGrowth: {
				quantity: { low: '100', central: '100', high: '100' },
				quantityGrowthPercent: { low: '0', central: '0', high: '0' },
				amount: { low: '300', central: '325', high: '350' }
			},
			percentOf: { percent: { low: '1', central: '2', high: '4' }, of: ['placements'] }
		});
	});

	it('applies the defaults the insourcing example leaves out', () => {
		const result = parseScenario(examples.get('insourcing'));
		const scenario = result.ok ? result.scenario : undefined;
		const materials = scenario?.options[1].lines[2];
		expect({
			weeksPerYear: scenario?.weeksPerYear,
			sources: scenario?.sources,
			discount: scenario?.discount,
			materials
		}).toEqual({
			weeksPerYear: '52',
			sources: [],
			discount: { scheme: 'flat', ratePercent: '3.5' },
			materials: {
				id: 'materials',
				label: 'Materials and equipment',
				kind: 'recurring',
				amount: { low: '2500', central: '2500', high: '2500' },
				per: 'week',
				quantity: { low: '1', central: '1', high: '1' },
				quantityGrowthPercent: { low: '0', central: '1', high: '2' },
				sources: []
			}
		});
	});

	it('keeps the children’s trust example’s active years and day rates', () => {
		const result = parseScenario(examples.get('childrens-trust'));
		const trust = result.ok ? result.scenario.options[1] : undefined;
		expect(trust?.lines.slice(2, 4)).toMatchObject([
			{ id: 'agency-transition', periodsPerYear: '220', fromYear: 1, toYear: 3 },
			{ id: 'agency-cover', periodsPerYear: '220', fromYear: 4 }
		]);
	});
});
