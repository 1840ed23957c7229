import { describe, expect, it } from 'vitest';
import { claimChecks } from '$lib/claims/checks';
import type { ClaimCheck } from '$lib/claims/types';
import {
	penniesInWords,
	requirementViews,
	verdictSentence,
	VERDICT_LABELS
} from '$lib/claims/words';
import { analyse, Exact, type Claim, type Scenario } from '$lib/engine';
import { findPreset, presetScenario } from '$lib/presets';

const FOSTER = presetScenario(findPreset('foster-care')!);

/** The foster preset checking one claim: the agency against in-house, in cash. */
function checked(claim: Partial<Claim> & Pick<Claim, 'amount'>): {
	scenario: Scenario;
	check: ClaimCheck;
} {
	const scenario: Scenario = {
		...FOSTER,
		claims: [
			{ id: 'c', text: 'Agency placements cost more', option: 'agency', measure: 'cash', ...claim }
		]
	};
	const [check] = claimChecks(scenario, analyse(scenario));
	return { scenario, check };
}

describe('verdictSentence', () => {
	it('says a claim below the range is not borne out, with the figures to three significant figures', () => {
		const { check } = checked({ amount: '1200000', years: 1 });
		expect(penniesInWords(check.difference, 'GBP')).toBe('£2,685,800.00 more');
		expect([
			penniesInWords(check.range.low, 'GBP'),
			penniesInWords(check.range.high, 'GBP')
		]).toEqual(['£2,381,600.00 more', '£3,036,800.00 more']);
		expect(check.verdict).toBe('below-range');
		expect(verdictSentence(check, 'GBP')).toBe(
			'The figures put the difference at £2.69 million more, anywhere from £2.38 million more to £3.04 million more: the claim of £1.2 million more is below that range, so these figures do not bear it out; even their lowest case puts the difference higher.'
		);
	});

	it('says a claim within the range is allowed, not proved', () => {
		const { check } = checked({ amount: '2500000', years: 1 });
		expect(verdictSentence(check, 'GBP')).toBe(
			'The figures put the difference at £2.69 million more, anywhere from £2.38 million more to £3.04 million more: the claim of £2.5 million more is within that range, so these figures allow it but do not prove it.'
		);
		expect(VERDICT_LABELS[check.verdict]).toBe('Within the range');
	});

	it('says a claim above the range is not borne out either', () => {
		const { check } = checked({ amount: '3100000', years: 1 });
		expect(verdictSentence(check, 'GBP')).toBe(
			'The figures put the difference at £2.69 million more, anywhere from £2.38 million more to £3.04 million more: the claim of £3.1 million more is above that range, so these figures do not bear it out; even their highest case puts the difference lower.'
		);
	});

	it('says when a difference is less', () => {
		const check: ClaimCheck = {
			claim: {
				id: 'c',
				text: 't',
				option: 'a',
				baseline: 'b',
				measure: 'cash',
				years: 1,
				amount: '-1200000'
			},
			difference: new Exact('550000'),
			range: { low: new Exact('-1200000'), high: new Exact('2400000') },
			verdict: 'within-range',
			requires: []
		};
		expect(verdictSentence(check, 'GBP')).toBe(
			'The figures put the difference at £550,000 more, anywhere from £1.2 million less to £2.4 million more: the claim of £1.2 million less is within that range, so these figures allow it but do not prove it.'
		);
	});
});

describe('requirementViews', () => {
	it('lists ranged inputs first, each against its range, at most three', () => {
		const { scenario, check } = checked({ amount: '1200000', years: 1 });
		expect(requirementViews(scenario, check, 'GBP').map((view) => view.sentence)).toEqual([
			'Only if the price a week of Agency foster placements (Independent fostering agency) were £544.87 a week; the figures say £800.00 to £850.00 a week.',
			'Only if the percentage of Commissioning and contract management (Independent fostering agency) were −32.63%; the figures say 1% to 4%.',
			'Only if the price a week of Foster placements (In-house foster carers) were £610.73 a week; the figures say £300.00 to £350.00 a week.'
		]);
	});
});
