import { describe, expect, it } from 'vitest';
import { buildSensitivity } from '$lib/results/sensitivity';
import { fixed, option, recurring, scenario } from '../../fixtures/scenarios';
import { FOSTER, fromScenario, INSOURCING } from './examples';

describe('buildSensitivity', () => {
	const [foster] = buildSensitivity(FOSTER.scenario, FOSTER.analysis);

	it('gives each input its line, option, range and the difference at low and at high', () => {
		expect(foster.rows[0]).toEqual({
			option: 'Independent fostering agency',
			line: 'Agency foster placements',
			input: 'Price a week',
			range: '£800.00 to £850.00 a week',
			atLow: {
				text: '£11,931,305.84',
				ref: {
					kind: 'sensitivity',
					comparison: 'agency',
					option: 'agency',
					line: 'placements',
					field: 'amount',
					end: 'low'
				}
			},
			atHigh: {
				text: '£13,170,606.44',
				ref: {
					kind: 'sensitivity',
					comparison: 'agency',
					option: 'agency',
					line: 'placements',
					field: 'amount',
					end: 'high'
				}
			},
			swing: '£1,239,300.61'
		});
	});

	it('keeps the largest swing first, as the engine orders them', () => {
		expect(foster.rows.map((row) => row.swing)).toEqual([
			'£1,239,300.61',
			'£1,215,000.59',
			'£601,425.29'
		]);
	});

	it('gives the swing as a size, whichever way the input moves the difference', () => {
		expect(foster.rows[1]).toMatchObject({
			atLow: { text: '£13,158,456.44' },
			atHigh: { text: '£11,943,455.84' },
			swing: '£1,215,000.59'
		});
	});

	it('names growth and uplift ranges a year, with minus signs on negative differences', () => {
		expect(buildSensitivity(INSOURCING.scenario, INSOURCING.analysis)[0].rows[2]).toMatchObject({
			option: 'Outsourced contract (today)',
			line: 'Monthly contract fee',
			input: 'Price uplift a year',
			range: '3% to 5% a year',
			atLow: { text: '−£899,046.24' },
			atHigh: { text: '−£1,743,359.78' },
			swing: '£844,313.55'
		});
	});

	it('gives the central difference every row moves away from', () => {
		expect(foster.central).toBe('£12,550,956.14');
	});

	it('names the comparison in its caption', () => {
		expect(foster.caption).toBe(
			'How much each input moves the difference in present value between an independent fostering agency and in-house foster carers'
		);
	});

	it('has no rows when no input has a range', () => {
		const fixedOnly = fromScenario(
			scenario({
				options: [
					option('a', [recurring({ id: 'x', amount: fixed('10'), per: 'week' })]),
					option('b', [recurring({ id: 'x', amount: fixed('20'), per: 'week' })])
				]
			})
		);
		expect(buildSensitivity(fixedOnly.scenario, fixedOnly.analysis)[0].rows).toEqual([]);
	});
});
