import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDecimal } from '../../../src/lib/schemas/decimal';
import { parseScenario } from '../../../src/lib/schemas/scenario';
import { blankScenario, currentFinancialYear } from '../../../src/lib/state/blank';
import {
	biasDocument,
	draftToDocument,
	scenarioToDraft,
	tidyNumber,
	withBiasRate,
	type ScenarioDraft
} from '../../../src/lib/state/draft';
import type { Scenario } from '../../../src/lib/engine/types';

function example(name: string): Scenario {
	const parsed = parseScenario(
		JSON.parse(readFileSync(`tests/fixtures/examples/${name}.json`, 'utf8'))
	);
	if (!parsed.ok) throw new Error(parsed.problems[0].message);
	return parsed.scenario;
}

function reparse(draft: ScenarioDraft) {
	return parseScenario(draftToDocument(draft));
}

describe('tidyNumber', () => {
	it.each([
		['£1,250.50', '1250.50'],
		[' 3.5 % ', '3.5'],
		['1 000 000', '1000000'],
		['\u221240', '-40'],
		['12e3', '12e3'],
		['', ''],
		['1,200', '1200'],
		['1,200.50', '1200.50'],
		['£12,345,678', '12345678'],
		['-1,000', '-1000'],
		['\u22121,000.5', '-1000.5']
	])('tidies %j to %j', (typed, tidy) => {
		expect(tidyNumber(typed)).toBe(tidy);
	});

	it.each(['1,2', '£1,2', '1,2x', '1,20,000', ',500', '1200,', '1,200,00', '1.200,50', '1,,200'])(
		'keeps a comma that does not separate thousands in %j, so the box is refused',
		(typed) => {
			const tidy = tidyNumber(typed);
			expect(tidy).toContain(',');
			expect(readDecimal(tidy)).toBeUndefined();
		}
	);
});

describe('a comma that is not a thousands separator', () => {
	it('is an error on its own box, and never reaches the scenario as another number', () => {
		const draft = scenarioToDraft(example('foster-placements'));
		const result = reparse({ ...draft, weeksPerYear: '5,2' });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems.map((problem) => problem.path)).toEqual(['weeksPerYear']);
	});

	it('is accepted between thousands', () => {
		const draft = scenarioToDraft(example('foster-placements'));
		const result = reparse({ ...draft, inflationPercent: '1,000' });
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.scenario.inflationPercent).toBe('1000');
	});
});

describe('scenarioToDraft and draftToDocument', () => {
	it.each(['foster-placements', 'childrens-trust', 'insourcing', 'agency-hours'])(
		'give back the same scenario for %s',
		(name) => {
			const scenario = example(name);
			expect(reparse(scenarioToDraft(scenario))).toEqual({ ok: true, scenario });
		}
	);

	it('accept what people type: a £ sign, thousands commas and spaces', () => {
		const draft = scenarioToDraft(example('foster-placements'));
		draft.options[0].lines[0].amount = { low: '£300', central: '£ 325', high: '350.00' };
		draft.inflationPercent = '2 %';
		const parsed = reparse(draft);
		expect(
			parsed.ok && [parsed.scenario.options[0].lines[0], parsed.scenario.inflationPercent]
		).toEqual([
			expect.objectContaining({ amount: { low: '300', central: '325', high: '350.00' } }),
			'2'
		]);
	});

	it('leave an empty optional box to its default', () => {
		const draft = scenarioToDraft(example('foster-placements'));
		draft.options[0].lines[0].upliftPercent = '';
		draft.options[0].lines[0].fromYear = ' ';
		const parsed = reparse(draft);
		expect(parsed.ok && parsed.scenario.options[0].lines[0]).toEqual(
			example('foster-placements').options[0].lines[0]
		);
	});

	it('report a whole number that is not one at its path', () => {
		const draft = scenarioToDraft(example('foster-placements'));
		draft.horizonYears = 'five';
		const parsed = reparse(draft);
		expect(parsed.ok ? [] : parsed.problems.map((p) => p.path)).toEqual(['horizonYears']);
	});
});

describe('blankScenario', () => {
	it('is valid and starts in the current financial year', () => {
		const scenario = blankScenario(currentFinancialYear(new Date('2027-03-31T12:00:00Z')));
		expect([parseScenario(scenario).ok, scenario.startYear]).toEqual([true, 2026]);
	});

	it('starts a new financial year in April', () => {
		expect(currentFinancialYear(new Date('2026-04-01T00:00:00Z'))).toBe(2026);
	});
});

describe('draftToDocument with optional boxes', () => {
	it('treats an opened range left empty as an empty box', () => {
		const draft = scenarioToDraft(example('foster-placements'));
		draft.options[0].lines[0].upliftPercent = { low: '', central: ' ', high: '' };
		const parsed = reparse(draft);
		const line = parsed.ok ? parsed.scenario.options[0].lines[0] : undefined;
		expect(line?.kind === 'recurring' && line.upliftPercent).toBeUndefined();
	});
});

describe('optimism bias in the draft', () => {
	it('creates the bias with the other rate empty when one rate is typed', () => {
		expect(withBiasRate(undefined, 'ongoingPercent', '10')).toEqual({
			oneOffPercent: '',
			ongoingPercent: '10'
		});
	});

	it('keeps the other rate when one is changed', () => {
		const bias = { oneOffPercent: { low: '5', central: '10', high: '20' }, ongoingPercent: '3' };
		expect(withBiasRate(bias, 'ongoingPercent', '4')).toEqual({
			oneOffPercent: { low: '5', central: '10', high: '20' },
			ongoingPercent: '4'
		});
	});

	it.each([
		['both empty', { oneOffPercent: '', ongoingPercent: '' }],
		['both 0', { oneOffPercent: '0', ongoingPercent: '0 %' }],
		[
			'0.00 and an opened range of zeros',
			{
				oneOffPercent: '0.00',
				ongoingPercent: { low: '0', central: '', high: '0.0' }
			}
		]
	])('leaves the option without bias when %s', (_, bias) => {
		expect(biasDocument(bias)).toEqual({});
	});

	it('writes the rates typed, leaving out an empty one (which the format reads as 0)', () => {
		expect(biasDocument({ oneOffPercent: '', ongoingPercent: '10%' })).toEqual({
			optimismBias: { ongoingPercent: '10' }
		});
		expect(
			biasDocument({
				oneOffPercent: { low: '10', central: '20', high: '£40' },
				ongoingPercent: '0'
			})
		).toEqual({
			optimismBias: { oneOffPercent: { low: '10', central: '20', high: '40' }, ongoingPercent: '0' }
		});
	});

	it('keeps a box that is not a number for the validator to explain', () => {
		expect(biasDocument({ oneOffPercent: '-', ongoingPercent: '' })).toEqual({
			optimismBias: { oneOffPercent: '-' }
		});
	});

	it('gives a version 1 scenario, edited to 0 bias, exactly its own document back', () => {
		const scenario = example('foster-placements');
		const draft = scenarioToDraft(scenario);
		const before = JSON.stringify(draftToDocument(draft));
		draft.options[0].optimismBias = withBiasRate(undefined, 'ongoingPercent', '0');
		expect(JSON.stringify(draftToDocument(draft))).toBe(before);
	});

	it('reaches the scenario with the rate typed and 0 for the other', () => {
		const draft = scenarioToDraft(example('foster-placements'));
		draft.options[1].optimismBias = withBiasRate(undefined, 'ongoingPercent', '10');
		const parsed = reparse(draft);
		if (!parsed.ok) throw new Error(parsed.problems[0].message);
		expect(parsed.scenario.options[1].optimismBias).toEqual({
			oneOffPercent: { low: '0', central: '0', high: '0' },
			ongoingPercent: { low: '10', central: '10', high: '10' }
		});
		expect(parsed.scenario.options[0].optimismBias).toBeUndefined();
	});

	it('reports a rate above 200 at its path', () => {
		const draft = scenarioToDraft(example('foster-placements'));
		draft.options[0].optimismBias = withBiasRate(undefined, 'oneOffPercent', '250');
		const parsed = reparse(draft);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.problems.map((problem) => problem.path)).toEqual([
			'options[0].optimismBias.oneOffPercent'
		]);
	});
});
