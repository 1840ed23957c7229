import { describe, expect, it } from 'vitest';
import { lines, working } from './examples';

describe('buildWorking for comparisons', () => {
	it('works a difference as the option’s total minus the baseline’s', () => {
		expect(
			lines('foster-placements', { kind: 'difference', option: 'agency', measure: 'presentValue' })
		).toEqual([
			'Difference: £20,448,460.00 (Independent fostering agency) − £7,897,503.86 (In-house foster carers) = £12,550,956.14',
			'Independent fostering agency would cost £12,550,956.14 more than In-house foster carers over 5 years (2026-27 to 2030-31), in present value.'
		]);
	});

	it('says “less” when the option is cheaper', () => {
		expect(
			lines('insourcing', { kind: 'difference', option: 'in-house', measure: 'presentValue' })[1]
		).toBe(
			'In-house service would cost £1,313,207.88 less than Outsourced contract (today) over 8 years (2027 to 2034), in present value.'
		);
	});

	it('works a year’s difference from the two options’ figures in that year', () => {
		expect(
			lines('foster-placements', {
				kind: 'differenceYear',
				option: 'agency',
				year: 3,
				measure: 'cash'
			})[0]
		).toBe(
			'Difference: £4,552,582.32 (Independent fostering agency) − £1,758,276.00 (In-house foster carers) = £2,794,306.32'
		);
	});

	it('works the low end of a range as the option’s low case minus the baseline’s high case', () => {
		expect(
			lines('foster-placements', {
				kind: 'differenceRange',
				option: 'agency',
				measure: 'presentValue',
				end: 'low'
			})
		).toEqual([
			'Low end: £19,634,409.60 (Independent fostering agency, low case) − £8,505,004.16 (In-house foster carers, high case) = £11,129,405.44'
		]);
	});

	it('works the high end of a range as the option’s high case minus the baseline’s low case', () => {
		expect(
			working('foster-placements', {
				kind: 'differenceRange',
				option: 'agency',
				measure: 'presentValue',
				end: 'high'
			})
				.steps[0].parts.filter((part) => part.kind === 'figure')
				.map((part) => part.ref)
		).toEqual([
			{ kind: 'optionTotal', option: 'agency', measure: 'presentValue', case: 'high' },
			{ kind: 'optionTotal', option: 'in-house', measure: 'presentValue', case: 'low' }
		]);
	});

	it('explains a switching value with the central value, the difference and the answer', () => {
		expect(
			lines('foster-placements', {
				kind: 'switchingValue',
				comparison: 'agency',
				option: 'in-house',
				line: 'placements',
				field: 'amount'
			})
		).toEqual([
			'Central value of this input: £325',
			'Present-value difference at that value: £12,550,956.14',
			'The difference moves in a straight line as this input changes, so the value at which it would be zero is exact: the central value minus the difference divided by how much the difference moves when the input goes up by 1, v* = v₀ − D(v₀) ÷ (D(v₀ + 1) − D(v₀)).',
			'Change needed: +£516.50',
			'Switching value: £841.50',
			'Independent fostering agency and In-house foster carers would cost the same in present value if the price a week of Foster placements (In-house foster carers) were £841.50 instead of £325, everything else unchanged.'
		]);
	});

	it('gives a quantity’s switching value as a plain number', () => {
		expect(
			lines('foster-placements', {
				kind: 'switchingValue',
				comparison: 'agency',
				option: 'agency',
				line: 'placements',
				field: 'quantity'
			}).slice(3)
		).toEqual([
			'Change needed: −61.38',
			'Switching value: 38.62',
			'Independent fostering agency and In-house foster carers would cost the same in present value if the quantity of Agency foster placements (Independent fostering agency) were 38.62 instead of 100, everything else unchanged.'
		]);
	});

	it('writes a percentage’s change in percentage points', () => {
		expect(
			lines('foster-placements', {
				kind: 'switchingValue',
				comparison: 'agency',
				option: 'agency',
				line: 'contract-management',
				field: 'percent'
			}).slice(3, 5)
		).toEqual(['Change needed: −62.61 percentage points', 'Switching value: −60.61%']);
	});

	it('says when a switching value cannot happen', () => {
		expect(
			lines('childrens-trust', {
				kind: 'switchingValue',
				comparison: 'trust',
				option: 'trust',
				line: 'agency-transition',
				field: 'quantity'
			}).at(-1)
		).toBe(
			'That value cannot happen, so no realistic change to this input alone would close the gap.'
		);
	});

	it('works a sensitivity as the central difference moved by one input', () => {
		expect(
			lines('childrens-trust', {
				kind: 'sensitivity',
				comparison: 'trust',
				option: 'trust',
				line: 'set-up',
				field: 'amount',
				end: 'high'
			})
		).toEqual([
			'Present-value difference, every input central: £11,396,495.88',
			"With the amount of Set-up: legal, systems, consultancy (Independent children's trust) at £4,000,000 instead of £2,500,000, everything else central: £12,896,495.88",
			'Change: +£1,500,000.00'
		]);
	});

	it('rejects a difference for the baseline, which has none', () => {
		expect(() =>
			working('foster-placements', {
				kind: 'difference',
				option: 'in-house',
				measure: 'cash'
			})
		).toThrow('No comparison for option "in-house"');
	});
});
