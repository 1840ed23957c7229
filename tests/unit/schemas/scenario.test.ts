import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/lib/engine/types';
import { parseScenario, parseScenarioText } from '../../../src/lib/schemas/scenario';
import { DECIMAL, LINE, UNKNOWN } from './cases';
import { edited, minimalDocument, problemsOf, REMOVE } from './documents';

describe('parseScenario', () => {
	it('accepts the minimal test document', () => {
		expect(problemsOf(minimalDocument())).toEqual([]);
	});

	it('applies every default format.md fixes', () => {
		const result = parseScenario(minimalDocument());
		const one = { low: '1', central: '1', high: '1' };
		const zero = { low: '0', central: '0', high: '0' };
		const expected: Scenario = {
			format: 'public-cost-comparison',
			version: 1,
			title: 'Test scenario',
			description: '',
			currency: 'GBP',
			startYear: 2026,
			yearBasis: 'financial',
			horizonYears: 5,
			weeksPerYear: '52',
			daysPerYear: '365',
			inflationPercent: '2',
			discount: { scheme: 'green-book' },
			baseline: 'in-house',
			options: [
				{
					id: 'in-house',
					name: 'In-house',
					kind: 'other',
					lines: [
						{
							id: 'placements',
							label: 'placements',
							kind: 'recurring',
							amount: { low: '325', central: '325', high: '325' },
							per: 'week',
							quantity: one,
							quantityGrowthPercent: zero,
							sources: ['survey']
						},
						{
							id: 'staff',
							label: 'staff',
							kind: 'staff',
							fte: { low: '2', central: '2', high: '2' },
							salary: { low: '30000', central: '30000', high: '30000' },
							onCostPercent: zero,
							sources: []
						},
						{
							id: 'set-up',
							label: 'set-up',
							kind: 'oneOff',
							amount: { low: '1000', central: '1000', high: '1000' },
							year: 1,
							sources: []
						},
						{
							id: 'failure',
							label: 'failure',
							kind: 'risk',
							probabilityPercent: { low: '5', central: '5', high: '5' },
							impact: { low: '10000', central: '10000', high: '10000' },
							sources: []
						},
						{
							id: 'overheads',
							label: 'overheads',
							kind: 'percentOf',
							percent: { low: '10', central: '10', high: '10' },
							of: ['placements', 'staff'],
							sources: []
						}
					]
				},
				{
					id: 'agency',
					name: 'Agency',
					kind: 'other',
					lines: [
						{
							id: 'placements',
							label: 'placements',
							kind: 'recurring',
							amount: { low: '825', central: '825', high: '825' },
							per: 'week',
							quantity: one,
							quantityGrowthPercent: zero,
							sources: []
						}
					]
				}
			],
			sources: [{ id: 'survey', title: 'A survey', strength: 'official-statistics' }]
		};
		expect(result).toEqual({ ok: true, scenario: expected });
	});

	it('leaves uplift, periods per year and active years undefined when absent', () => {
		const result = parseScenario(minimalDocument());
		const line = result.ok ? result.scenario.options[0].lines[0] : undefined;
		expect(line).not.toHaveProperty('upliftPercent');
		expect(line).not.toHaveProperty('periodsPerYear');
		expect(line).not.toHaveProperty('fromYear');
		expect(line).not.toHaveProperty('toYear');
	});

	it('gives a fresh copy of every default on each parse', () => {
		const document = edited(minimalDocument(), [
			['sources', REMOVE],
			[`${LINE}[0].sources`, REMOVE]
		]);
		const [first, second] = [parseScenario(document), parseScenario(document)];
		const parts = (result: ReturnType<typeof parseScenario>): unknown[] => {
			if (!result.ok) return [];
			const { sources, options, discount } = result.scenario;
			const line = options[1].lines[0];
			return [
				sources,
				discount,
				options[0].lines[0].sources,
				line.kind === 'recurring' && line.quantity
			];
		};
		const shared = parts(first).filter((part, i) => part === parts(second)[i]);
		expect([parts(first).length, shared]).toEqual([4, []]);
	});

	it('defaults the baseline to the first option', () => {
		const result = parseScenario(edited(minimalDocument(), [['baseline', 'agency']]));
		expect(result.ok && result.scenario.baseline).toBe('agency');
	});

	it('fills a missing low or high of a Range with central', () => {
		const result = parseScenario(
			edited(minimalDocument(), [
				[`${LINE}[0].amount`, { low: '300', central: '325' }],
				[`${LINE}[1].salary`, { central: '30000', high: 35000 }]
			])
		);
		const lines = result.ok ? result.scenario.options[0].lines : [];
		expect(lines[0]).toMatchObject({ amount: { low: '300', central: '325', high: '325' } });
		expect(lines[1]).toMatchObject({ salary: { low: '30000', central: '30000', high: '35000' } });
	});

	it.each([
		['"1250.50"', '1250.50', '1250.50'],
		['"-0"', '-0', '-0'],
		['"007"', '007', '007'],
		['0.1 as a number', 0.1, '0.1'],
		['-1500000 as a number', -1500000, '-1500000'],
		['-0 as a number', -0, '0']
	])('reads the decimal %s as its text', (_, given, text) => {
		const result = parseScenario(edited(minimalDocument(), [[`${LINE}[2].amount`, given]]));
		expect(result.ok && result.scenario.options[0].lines[2]).toMatchObject({
			amount: { low: text, central: text, high: text }
		});
	});

	it('accepts a long plain decimal where no bound stops it', () => {
		const result = parseScenario(
			edited(minimalDocument(), [[`${LINE}[0].amount`, '-123456789012345.1234567890']])
		);
		expect(result.ok && result.scenario.options[0].lines[0]).toMatchObject({
			amount: { central: '-123456789012345.1234567890' }
		});
	});

	it('reports the three problems format.md shows, word for word', () => {
		const document = edited(minimalDocument(), [
			['horizonYears', 0],
			['options[1].lines[0].amount', { low: '850', central: '825', high: '850' }],
			[`${LINE}[4].of`, ['placemnts', 'staff']]
		]);
		expect(problemsOf(document)).toEqual([
			'horizonYears: must be a whole number from 1 to 100 (got 0)',
			'options[0].lines[4].of[0]: no line "placemnts" in option "in-house"',
			'options[1].lines[0].amount: low (850) must not be above central (825)'
		]);
	});

	it('reports every problem at once, each once, in the order of the document', () => {
		const document = edited(minimalDocument(), [
			['title', ''],
			['horizonYears', 1e300],
			[`${LINE}[0].amount`, '1e5'],
			[`${LINE}[0].amuont`, '5'],
			['options[1].id', 'in-house'],
			['sources[0].strength', 'blog']
		]);
		expect(problemsOf(document)).toEqual([
			'title: must not be empty',
			'horizonYears: must be a whole number from 1 to 100 (got 1e+300)',
			`options[0].lines[0].amount: ${DECIMAL} (got "1e5")`,
			`options[0].lines[0].amuont: unknown field "amuont" ${UNKNOWN}`,
			'options[1].id: option id "in-house" is already used by options[0]',
			'sources[0].strength: must be one of "official-statistics", "official-report", "academic", ' +
				'"sector-body", "consultancy", "press", "campaign", "anecdotal" or "assumption" (got "blog")'
		]);
	});

	it('lists at most 100 problems and says how many more there were', () => {
		const lines = Array.from({ length: 60 }, (_, i) => ({
			id: `line-${i}`,
			kind: 'oneOff',
			amount: 'x',
			year: 0
		}));
		const problems = problemsOf(edited(minimalDocument(), [['options[1].lines', lines]]));
		expect([problems.length, problems[0], problems[99], problems[100]]).toEqual([
			101,
			`options[1].lines[0].amount: ${DECIMAL} (got "x")`,
			'options[1].lines[49].year: must be a whole number from 1 to 100 (got 0)',
			'(scenario): 20 more problems not listed; fix these first'
		]);
	});

	it.each([
		[null, 'null'],
		[5, '5'],
		['x', '"x"'],
		[[], 'an array']
	])('rejects %j at the root', (input, shown) => {
		expect(problemsOf(input)).toEqual([`(scenario): must be an object (got ${shown})`]);
	});

	it('reports every required top-level field of an empty object', () => {
		expect(problemsOf({})).toEqual([
			'format: is required',
			'version: is required',
			'title: is required',
			'startYear: is required',
			'horizonYears: is required',
			'options: is required'
		]);
	});
});

describe('parseScenarioText', () => {
	it('parses JSON text', () => {
		expect(parseScenarioText(JSON.stringify(minimalDocument())).ok).toBe(true);
	});

	it('reports text that is not JSON at the root', () => {
		const result = parseScenarioText('{"format": ');
		expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['(scenario)']);
	});
});
