import { describe, expect, it } from 'vitest';
import { buildSummary } from '$lib/results/summary';
import { fixed, option, recurring, scenario } from '../../fixtures/scenarios';
import { FOSTER, fromScenario, INSOURCING } from './examples';

describe('buildSummary', () => {
	const foster = buildSummary(FOSTER.results);

	it('names the period in its caption', () => {
		expect(foster.caption).toBe(
			'Total cost of each option over 5 years (2026-27 to 2030-31), to the penny'
		);
	});

	it('heads the measures, real terms in start-year prices', () => {
		expect(foster.measures.map((measure) => measure.label)).toEqual([
			'Cash',
			'Real terms (2026-27 prices)',
			'Present value'
		]);
	});

	it("shows each option's total to the penny with its low–high range beside it", () => {
		expect(foster.options[1].figures.presentValue).toEqual({
			central: {
				text: '£20,448,460.00',
				ref: { kind: 'optionTotal', option: 'agency', measure: 'presentValue' }
			},
			range: '£19,634,409.60 to £21,481,210.51',
			ends: {
				low: {
					text: '£19,634,409.60',
					ref: { kind: 'optionTotal', option: 'agency', measure: 'presentValue', case: 'low' }
				},
				high: {
					text: '£21,481,210.51',
					ref: { kind: 'optionTotal', option: 'agency', measure: 'presentValue', case: 'high' }
				}
			}
		});
	});

	it('marks the baseline', () => {
		expect(foster.options.map((row) => row.isBaseline)).toEqual([true, false]);
	});

	it('names each difference as the option minus the baseline', () => {
		expect(foster.differences.map((row) => row.label)).toEqual([
			'Difference: Independent fostering agency minus In-house foster carers'
		]);
	});

	it('shows a difference and its range with minus signs where negative', () => {
		expect(buildSummary(INSOURCING.results).differences[0].figures.presentValue).toEqual({
			central: {
				text: '−£1,313,207.88',
				ref: { kind: 'difference', option: 'in-house', measure: 'presentValue' }
			},
			range: '−£3,670,574.73 to £1,047,215.02',
			ends: {
				low: {
					text: '−£3,670,574.73',
					ref: { kind: 'differenceRange', option: 'in-house', measure: 'presentValue', end: 'low' }
				},
				high: {
					text: '£1,047,215.02',
					ref: { kind: 'differenceRange', option: 'in-house', measure: 'presentValue', end: 'high' }
				}
			}
		});
	});

	it('says so when an option has no range', () => {
		const fixedOnly = fromScenario(
			scenario({
				options: [option('a', [recurring({ id: 'x', amount: fixed('10'), per: 'week' })])]
			})
		);
		const { cash } = buildSummary(fixedOnly.results).options[0].figures;
		expect([cash.range, cash.ends]).toEqual(['Same in all cases', null]);
	});
});
