import { describe, expect, it } from 'vitest';
import { analyse, type Scenario } from '$lib/engine';
import { buildTable, REPORT_WIDTH } from '$lib/report/table';
import { fixed, flat, oneOff, option, range, recurring } from '../../fixtures/scenarios';
import { FOSTER } from './foster';

function table(scenario: Scenario): string {
	return buildTable(scenario, analyse(scenario));
}

describe('buildTable', () => {
	const foster = table(FOSTER);
	const lines = foster.split('\n');

	it('opens with the scenario’s title', () => {
		expect(lines[0]).toBe('Foster placements: in-house carers or an independent agency');
	});

	it('ends with a newline', () => {
		expect(foster.endsWith('.\n')).toBe(true);
	});

	it('labels the horizon with the scenario’s years', () => {
		expect(lines).toContain('Totals over 5 years (2026-27 to 2030-31)');
	});

	it.each([
		'  Cash             £8,794,827.87    £8,118,302.65    £9,471,353.09',
		'  Real terms       £8,450,000.00    £7,800,000.00    £9,100,000.00',
		'  Present value   £20,448,460.00   £19,634,409.60   £21,481,210.51'
	])('shows each option’s totals with their low and high cases: %s', (row) => {
		expect(lines).toContain(row);
	});

	it('shows the present-value difference from the baseline with its range', () => {
		expect(lines).toContain(
			'  Present value                     £12,550,956.14   £11,129,405.44   £14,191,206.94'
		);
	});

	it('says when an option never breaks even', () => {
		expect(lines).toContain(
			'Break-even: Independent fostering agency never settles below the baseline within the horizon.'
		);
	});

	it('lists sensitivities with the line, the field in words and both differences', () => {
		expect(lines).toEqual(
			expect.arrayContaining([
				'  1. Agency foster placements (Independent fostering agency), price a week',
				'     £11,931,305.84 at £800.00 a week; £13,170,606.44 at £850.00 a week'
			])
		);
	});

	it('gives switching values in words', () => {
		expect(foster.replace(/\s+/g, ' ')).toContain(
			'Agency foster placements (Independent fostering agency): the price would have to be less ' +
				'than £318.63 a week (central £825.00 a week) for Independent fostering agency to cost less ' +
				'than In-house foster carers.'
		);
	});

	it(`keeps every line within ${REPORT_WIDTH} characters`, () => {
		expect(lines.filter((line) => line.length > REPORT_WIDTH)).toEqual([]);
	});

	it('does not break a figure from its unit across lines', () => {
		expect(lines.some((line) => line.endsWith('£318.63'))).toBe(false);
	});

	it('says nothing about rounding when the rounded figures add up', () => {
		expect(foster).not.toContain('may not sum');
	});

	it('names the year in which an option breaks even', () => {
		const breaksEven = flat({
			startYear: 2026,
			yearBasis: 'calendar',
			options: [
				option('now', [recurring({ id: 'fee', amount: fixed('100'), per: 'year' })]),
				option('buy', [oneOff({ id: 'machine', amount: fixed('250'), year: 1 })])
			]
		});
		expect(table(breaksEven)).toContain('Break-even: buy breaks even in 2028 (year 3).');
	});

	it('shows the five largest sensitivities only', () => {
		const many = flat({
			options: [
				option('a', []),
				option(
					'b',
					['1', '2', '3', '4', '5', '6'].map((n) =>
						recurring({ id: `l${n}`, amount: range('0', n, `${n}0`), per: 'year' })
					)
				)
			]
		});
		const text = table(many);
		expect([text.includes('  5. l2 (b)'), text.includes('  6. ')]).toEqual([true, false]);
	});

	it('says when rounded figures may not add up', () => {
		const pennies = flat({
			horizonYears: 1,
			options: [
				option('b', [recurring({ id: 'fee', amount: fixed('0.004'), per: 'year' })]),
				option('x', [recurring({ id: 'fee', amount: fixed('0.006'), per: 'year' })])
			]
		});
		expect(table(pennies)).toContain('- Figures may not sum because of rounding.');
	});

	it('writes negative money with a minus sign before the pound sign', () => {
		const cheaper = flat({
			horizonYears: 1,
			options: [
				option('b', [recurring({ id: 'fee', amount: fixed('1500000'), per: 'year' })]),
				option('x', [])
			]
		});
		expect(table(cheaper)).toContain('  Cash                              -£1,500,000.00');
	});
});
