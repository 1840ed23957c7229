import { describe, expect, it } from 'vitest';
import { ROUNDING_NOTE } from '$lib/workings';
import { lines, working } from './examples';

const TOTAL_NOTE =
	'The total is rounded from the exact sum, never added up from the rounded figures above.';

describe('buildWorking for totals', () => {
	it('works a line’s total as the sum of its years', () => {
		expect(
			lines('foster-placements', {
				kind: 'lineTotal',
				option: 'in-house',
				line: 'placements',
				measure: 'presentValue'
			})
		).toEqual([
			'2026-27: £1,690,000.00',
			'2027-28: £1,632,850.24',
			'2028-29: £1,577,633.08',
			'2029-30: £1,524,283.17',
			'2030-31: £1,472,737.36',
			'Total, 2026-27 to 2030-31: £7,897,503.86'
		]);
	});

	it('says the total is rounded from the exact sum, and when the rounded years do not add up', () => {
		expect(
			working('foster-placements', {
				kind: 'lineTotal',
				option: 'in-house',
				line: 'placements',
				measure: 'presentValue'
			}).notes
		).toEqual([
			ROUNDING_NOTE,
			TOTAL_NOTE,
			'Added up, the rounded figures above come to £7,897,503.85: figures may not sum because of rounding.'
		]);
	});

	it('says nothing about a mismatch when the rounded years add up', () => {
		expect(
			working('foster-placements', {
				kind: 'lineTotal',
				option: 'in-house',
				line: 'placements',
				measure: 'real'
			}).notes
		).toEqual([ROUNDING_NOTE, TOTAL_NOTE]);
	});

	it('links each year of a total to that year’s working', () => {
		const [first] = working('foster-placements', {
			kind: 'lineTotal',
			option: 'in-house',
			line: 'placements',
			measure: 'cash'
		}).steps;
		expect(first.parts.at(-1)).toEqual({
			kind: 'figure',
			text: '£1,690,000.00',
			ref: { kind: 'lineYear', option: 'in-house', line: 'placements', year: 1, measure: 'cash' }
		});
	});

	it('works an option’s year as the sum of its lines', () => {
		expect(
			lines('foster-placements', { kind: 'optionYear', option: 'agency', year: 2, measure: 'cash' })
		).toEqual([
			'Agency foster placements: £4,375,800.00',
			'Commissioning and contract management: £87,516.00',
			'Total, 2027-28: £4,463,316.00'
		]);
	});

	it('works an option’s total as the sum of its years', () => {
		expect(
			lines('foster-placements', { kind: 'optionTotal', option: 'agency', measure: 'real' })
		).toEqual([
			'2026-27: £4,375,800.00',
			'2027-28: £4,375,800.00',
			'2028-29: £4,375,800.00',
			'2029-30: £4,375,800.00',
			'2030-31: £4,375,800.00',
			'Total, 2026-27 to 2030-31: £21,879,000.00'
		]);
	});

	it('lists the inputs a low case moves, with their central values', () => {
		expect(
			lines('foster-placements', {
				kind: 'optionTotal',
				option: 'agency',
				measure: 'cash',
				case: 'low'
			})
		).toEqual([
			'The low case puts every input of this option that has a range at its low value at once:',
			'Agency foster placements, price a week: £800 (central £825)',
			'Commissioning and contract management, percentage: 1% (central 2%)',
			'Total, low case, 2026-27 to 2030-31: £21,865,295.14'
		]);
	});

	it('warns that the low case need not be the cheaper one', () => {
		expect(
			working('insourcing', {
				kind: 'optionTotal',
				option: 'contract',
				measure: 'cash',
				case: 'high'
			}).notes
		).toContain(
			'The low and high cases are cases of the inputs, not of the outcome: an input that is income or a saving (a negative amount) makes the option cost more at its low end, so the low case need not be the cheaper one.'
		);
	});
});
