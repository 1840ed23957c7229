import { describe, expect, it } from 'vitest';
import { buildBreakEven } from '$lib/results/break-even';
import { fixed, flat, oneOff, option, recurring } from '../../fixtures/scenarios';
import { CHILDRENS_TRUST, FOSTER, fromScenario, INSOURCING } from './examples';

describe('buildBreakEven', () => {
	it('gives the break-even year by its calendar label and its number', () => {
		expect(buildBreakEven(INSOURCING.analysis)[0].sentence).toBe(
			'An in-house service would start saving money compared with an outsourced contract (today) from 2029 (year 3): from then on, the cumulative difference in present value stays at or below zero.'
		);
	});

	it('says when an option never settles below the baseline within the horizon', () => {
		expect(buildBreakEven(FOSTER.analysis)[0].sentence).toBe(
			'Within the 5 years (2026-27 to 2030-31), an independent fostering agency never settles below the cost of in-house foster carers: by the end of 2030-31 it would have cost £12.6 million more in present value.'
		);
	});

	it('says the same of a longer horizon', () => {
		expect(buildBreakEven(CHILDRENS_TRUST.analysis)[0].sentence).toMatch(
			/^Within the 10 years \(2026-27 to 2035-36\), an independent children's trust never settles below the cost of a council-run service: by the end of 2035-36 it would have cost £11\.4 million more in present value\.$/
		);
	});

	it('shows the cumulative difference in present value each year, to the penny', () => {
		expect(buildBreakEven(INSOURCING.analysis)[0].cumulative.slice(0, 3)).toEqual([
			{ label: '2027', difference: '£241,400.00' },
			{ label: '2028', difference: '£34,043.34' },
			{ label: '2029', difference: '−£146,033.48' }
		]);
	});

	it('ends the cumulative difference at the total difference', () => {
		expect(buildBreakEven(INSOURCING.analysis)[0].cumulative.at(-1)?.difference).toBe(
			'−£1,313,207.88'
		);
	});

	it('says an option that is cheaper in every year saves money from the start', () => {
		const cheaper = fromScenario(
			flat({
				horizonYears: 1,
				options: [
					{
						...option('a', [recurring({ id: 'x', amount: fixed('20'), per: 'year' })]),
						name: 'Council service'
					},
					{
						...option('b', [recurring({ id: 'x', amount: fixed('10'), per: 'year' })]),
						name: 'Private contractor'
					}
				]
			})
		);
		expect(buildBreakEven(cheaper.analysis)[0].sentence).toBe(
			'A private contractor would save money compared with a council service from the start: the cumulative difference in present value is at or below zero in every year from 2026-27 (year 1).'
		);
	});

	it('says options that cost the same every year cost the same', () => {
		const same = fromScenario(
			flat({
				options: [
					{
						...option('a', [oneOff({ id: 'x', amount: fixed('5'), year: 1 })]),
						name: 'Council service'
					},
					{
						...option('b', [oneOff({ id: 'x', amount: fixed('5'), year: 1 })]),
						name: 'Private contractor'
					}
				]
			})
		);
		expect(buildBreakEven(same.analysis)[0].sentence).toBe(
			'A private contractor would cost the same as a council service in every year, in present value.'
		);
	});

	it('names the comparison in the caption of the cumulative table', () => {
		expect(buildBreakEven(FOSTER.analysis)[0].caption).toBe(
			'Cumulative difference in present value: Independent fostering agency minus In-house foster carers'
		);
	});
});
