import { describe, expect, it } from 'vitest';
import { analyse, Exact, roundPenniesHalfUp, type Measures } from '../../../src/lib/engine';
import {
	fixed,
	flat,
	oneOff,
	option,
	percentOf,
	recurring,
	risk,
	scenario,
	staff
} from '../../fixtures/scenarios';
import type { Line, Scenario } from '../../../src/lib/engine/types';

/** Every year's cash of the only line of the only option, rounded to the penny. */
function lineCash(s: Scenario, line = 0): string[] {
	return analyse(s).options[0].lines[line].years.map((y) => roundPenniesHalfUp(y.cash));
}

function single(line: Line, overrides: Partial<Scenario> = {}): Scenario {
	return flat({ options: [option('a', [line])], ...overrides });
}

function pennies(m: Measures): [string, string, string] {
	return [
		roundPenniesHalfUp(m.cash),
		roundPenniesHalfUp(m.real),
		roundPenniesHalfUp(m.presentValue)
	];
}

describe('recurring lines', () => {
	it('multiply price, periods a week-year and quantity, uplifted from year 2', () => {
		const s = scenario({
			options: [
				option('a', [
					recurring({ id: 'p', amount: fixed('325'), per: 'week', quantity: fixed('100') })
				])
			]
		});
		const years = analyse(s).options[0].lines[0].years;
		// £325 a week × 52 weeks × 100 placements × 1.02¹ = £1,723,800.00; real is back at
		// start-year prices; present value is real ÷ 1.035.
		expect(pennies(years[1])).toEqual(['1723800.00', '1690000.00', '1632850.24']);
	});

	it('bill by month (12), by day (the scenario days a year) and by year (1)', () => {
		const lines = (['month', 'day', 'year'] as const).map((per) =>
			recurring({ id: per, amount: fixed('10'), per })
		);
		const result = analyse(flat({ daysPerYear: '360', options: [option('a', lines)] }));
		expect(result.options[0].lines.map((l) => roundPenniesHalfUp(l.years[0].cash))).toEqual([
			'120.00',
			'3600.00',
			'10.00'
		]);
	});

	it('use the scenario weeks a year for a weekly price', () => {
		const line = recurring({ id: 'w', amount: fixed('100'), per: 'week' });
		expect(lineCash(single(line, { weeksPerYear: '52.142857', horizonYears: 1 }))).toEqual([
			'5214.29'
		]);
	});

	it('prefer the line periods a year to its period', () => {
		const line = recurring({
			id: 'agency',
			amount: fixed('450'),
			per: 'day',
			periodsPerYear: '220',
			quantity: fixed('15')
		});
		expect(lineCash(single(line, { horizonYears: 1 }))).toEqual(['1485000.00']);
	});

	it('grow the quantity and the price together, compounded', () => {
		const line = recurring({
			id: 'g',
			amount: fixed('1000'),
			per: 'year',
			quantityGrowthPercent: fixed('10'),
			upliftPercent: fixed('5')
		});
		// 1000 × 1.1^t × 1.05^t: 1000, 1155, 1334.025
		expect(lineCash(single(line, { horizonYears: 3 }))).toEqual(['1000.00', '1155.00', '1334.03']);
	});

	it('cost nothing outside their years', () => {
		const line = recurring({ id: 'w', amount: fixed('1'), per: 'year', fromYear: 2, toYear: 3 });
		expect(lineCash(single(line, { horizonYears: 4 }))).toEqual(['0.00', '1.00', '1.00', '0.00']);
	});
});

describe('staff lines', () => {
	it('cost fte × salary × (1 + on-costs), uplifted, deflated and discounted', () => {
		const line = staff({
			id: 's',
			fte: fixed('2'),
			salary: fixed('30000'),
			onCostPercent: fixed('25'),
			upliftPercent: fixed('3')
		});
		const years = analyse(scenario({ horizonYears: 3, options: [option('a', [line])] })).options[0]
			.lines[0].years;
		expect(years.map(pennies)).toEqual([
			['75000.00', '75000.00', '75000.00'],
			['77250.00', '75735.29', '73174.20'],
			['79567.50', '76477.80', '71392.84']
		]);
	});
});

describe('one-off lines', () => {
	it('are paid in their year only, at that year’s prices', () => {
		const line = oneOff({ id: 'o', amount: fixed('1000'), year: 3, upliftPercent: fixed('10') });
		expect(lineCash(single(line, { horizonYears: 4 }))).toEqual([
			'0.00',
			'0.00',
			'1210.00',
			'0.00'
		]);
	});

	it('may be income, a negative cost', () => {
		const line = oneOff({ id: 'sale', amount: fixed('-40000'), year: 2 });
		expect(lineCash(single(line, { horizonYears: 2 }))).toEqual(['0.00', '-40000.00']);
	});
});

describe('risk lines', () => {
	it('cost probability × impact every active year', () => {
		const line = risk({
			id: 'r',
			probabilityPercent: fixed('2'),
			impact: fixed('5000000'),
			toYear: 2
		});
		expect(lineCash(single(line, { horizonYears: 3 }))).toEqual(['100000.00', '100000.00', '0.00']);
	});
});

describe('percentOf lines', () => {
	it('follow the cash of the lines they name, year by year, with no uplift of their own', () => {
		const lines = [
			recurring({ id: 'a', amount: fixed('1000'), per: 'year', upliftPercent: fixed('10') }),
			oneOff({ id: 'b', amount: fixed('500'), year: 2 }),
			recurring({ id: 'c', amount: fixed('999'), per: 'year' }),
			percentOf({ id: 'm', percent: fixed('10'), of: ['a', 'b'] })
		];
		// 10% × (1000 + 0) in year 1, 10% × (1100 + 500) in year 2; line c is not named.
		expect(lineCash(flat({ horizonYears: 2, options: [option('x', lines)] }), 3)).toEqual([
			'100.00',
			'160.00'
		]);
	});
});

describe('option totals', () => {
	it('are exactly the sum of the lines and the sum of the years', () => {
		const s = scenario({
			horizonYears: 7,
			options: [
				option('a', [
					recurring({ id: 'p', amount: fixed('333.33'), per: 'week', quantity: fixed('7') }),
					staff({
						id: 's',
						fte: fixed('1.5'),
						salary: fixed('29999.99'),
						upliftPercent: fixed('3.1')
					}),
					percentOf({ id: 'm', percent: fixed('2.5'), of: ['p', 's'] })
				])
			]
		});
		const [a] = analyse(s).options;
		for (const measure of ['cash', 'real', 'presentValue'] as const) {
			const byLine = a.lines.reduce((sum, l) => sum.plus(l.total[measure]), new Exact(0));
			const byYear = a.years.reduce((sum, y) => sum.plus(y[measure]), new Exact(0));
			expect([byLine.eq(a.total[measure]), byYear.eq(a.total[measure])]).toEqual([true, true]);
		}
	});
});
