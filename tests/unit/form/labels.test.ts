import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describePath, lineFieldLabel } from '../../../src/lib/components/form/labels';
import { parseScenario } from '../../../src/lib/schemas/scenario';
import { scenarioToDraft, type ScenarioDraft } from '../../../src/lib/state/draft';

function fosterDraft(): ScenarioDraft {
	const parsed = parseScenario(
		JSON.parse(readFileSync('tests/fixtures/examples/foster-placements.json', 'utf8'))
	);
	if (!parsed.ok) throw new Error(parsed.problems[0].message);
	return scenarioToDraft(parsed.scenario);
}

describe('describePath', () => {
	const draft = fosterDraft();

	it.each([
		[
			'options[1].lines[0].amount',
			'Independent fostering agency, Agency foster placements, price per week'
		],
		[
			'options[1].lines[0].amount.low',
			'Independent fostering agency, Agency foster placements, price per week, low'
		],
		[
			'options[1].lines[1].of[0]',
			'Independent fostering agency, Commissioning and contract management, applies to'
		],
		['options[0].lines[0].label', 'In-house foster carers, line 1, name'],
		['options[0].name', 'Option 1, name'],
		['options[0].kind', 'In-house foster carers, kind'],
		['options[0]', 'In-house foster carers'],
		['options[0].lines', 'In-house foster carers, cost lines'],
		['horizonYears', 'Number of years'],
		['discount.ratePercent', 'Discount rate a year'],
		['discount', 'Discounting'],
		['(scenario)', 'The comparison'],
		['sources[1].title', 'Source 2, title'],
		[
			'options[1].optimismBias.ongoingPercent',
			'Independent fostering agency, optimism bias on ongoing costs'
		],
		[
			'options[0].optimismBias.oneOffPercent.high',
			'In-house foster carers, optimism bias on one-off costs, high'
		],
		['options[0].optimismBias', 'In-house foster carers, optimism bias']
	])('describes %s as %j', (path, words) => {
		expect(describePath(draft, path)).toBe(words);
	});

	it('falls back to numbers for an option that is not in the draft', () => {
		expect(describePath(draft, 'options[7].lines[2].quantity')).toBe('Option 8, Line 3, quantity');
	});

	it('keeps a label that starts with an abbreviation in capitals', () => {
		const staff = { ...draft.options[0].lines[0], kind: 'staff' as const };
		const withStaff = {
			...draft,
			options: [{ ...draft.options[0], lines: [staff] }]
		};
		expect(describePath(withStaff, 'options[0].lines[0].fte')).toContain(
			'full-time equivalent staff (FTE)'
		);
	});
});

describe('lineFieldLabel', () => {
	it('names the period in the price of a recurring line', () => {
		expect(lineFieldLabel({ kind: 'recurring', per: 'month' }, 'amount')).toBe('Price per month');
	});

	it('names the period in the periods a year', () => {
		expect(lineFieldLabel({ kind: 'recurring', per: 'day' }, 'periodsPerYear')).toBe(
			'Days charged a year'
		);
	});

	it('calls the amount of a one-off cost an amount', () => {
		expect(lineFieldLabel({ kind: 'oneOff' }, 'amount')).toBe('Amount');
	});
});
