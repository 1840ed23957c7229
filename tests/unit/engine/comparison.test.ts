import { describe, expect, it } from 'vitest';
import {
	analyse,
	breakEvenYear,
	Exact,
	roundPenniesHalfUp,
	yearLabel
} from '../../../src/lib/engine';
import {
	fixed,
	flat,
	oneOff,
	option,
	percentOf,
	range,
	recurring,
	staff
} from '../../fixtures/scenarios';

const d = (values: string[]) => values.map((v) => new Exact(v));

describe('breakEvenYear', () => {
	it.each([
		[['5', '-10', '3', '-1'], 2],
		[['-1', '-1'], 1],
		[['0'], 1],
		[['5', '-10', '20'], null],
		[['-1', '2'], null],
		[['10', '-3', '-3', '-3', '-1'], 5],
		[['10', '-3', '-3', '-3', '-1.000001'], 5],
		[['10', '-3', '-3', '-3', '-0.999999'], null]
	])('of yearly differences %j is %s', (differences, year) => {
		expect(breakEvenYear(d(differences))).toBe(year);
	});
});

describe('yearLabel', () => {
	it.each([
		[2026, 'financial', 1, '2026-27'],
		[2026, 'financial', 5, '2030-31'],
		[2099, 'financial', 1, '2099-00'],
		[2027, 'calendar', 8, '2034']
	] as const)('labels from %i (%s) year %i as %s', (start, basis, year, label) => {
		expect(yearLabel(start, basis, year)).toBe(label);
	});
});

/** Two options over three flat years: the agency costs 100 a year more, less a set-up saving. */
function twoOptions() {
	return flat({
		horizonYears: 3,
		options: [
			option('council', [
				staff({ id: 'staff', fte: fixed('2'), salary: range('900', '1000', '1200') }),
				oneOff({ id: 'set-up', amount: fixed('150'), year: 1 })
			]),
			option('agency', [
				recurring({ id: 'fee', amount: range('2000', '2100', '2150'), per: 'year' }),
				percentOf({ id: 'client', percent: range('0', '5', '10'), of: ['fee'] })
			])
		]
	});
}

describe('analyse comparisons', () => {
	const [comparison] = analyse(twoOptions()).comparisons;

	it('report the option minus the baseline over the horizon', () => {
		// agency: 2100 × 1.05 × 3 = 6615; council: 2000 × 3 + 150 = 6150.
		expect(roundPenniesHalfUp(comparison.difference.presentValue)).toBe('465.00');
	});

	it('range the difference from option low − baseline high to option high − baseline low', () => {
		// low: 2000 × 1.00 × 3 − (2400 × 3 + 150) = −1350; high: 2150 × 1.1 × 3 − (1800 × 3 + 150) = 1545.
		const { low, high } = comparison.differenceRange.presentValue;
		expect([roundPenniesHalfUp(low), roundPenniesHalfUp(high)]).toEqual(['-1350.00', '1545.00']);
	});

	it('list sensitivities by swing, largest first, with the option’s inputs before the baseline’s', () => {
		// swings: salary 2 × 300 × 3 = 1800; fee 150 × 1.05 × 3 = 472.50; client 10% of 6300 = 630.
		expect(
			comparison.sensitivity.map((s) => [
				s.option,
				s.line,
				s.field,
				roundPenniesHalfUp(s.atLow),
				roundPenniesHalfUp(s.atHigh)
			])
		).toEqual([
			['council', 'staff', 'salary', '1065.00', '-735.00'],
			['agency', 'client', 'percent', '150.00', '780.00'],
			['agency', 'fee', 'amount', '150.00', '622.50']
		]);
	});

	it('give every linear input a switching value, in input order', () => {
		expect(
			comparison.switchingValues.map((s) => [
				s.line,
				s.field,
				s.value && roundPenniesHalfUp(s.value)
			])
		).toEqual([
			// 465 / (3 × 1.05) = 147.62 less on the fee
			['fee', 'amount', '1952.38'],
			['fee', 'quantity', '0.93'],
			// 465 / 63 per point
			['client', 'percent', '-2.38'],
			['staff', 'fte', '2.16'],
			['staff', 'salary', '1077.50'],
			// 465 / 60 per point of on-costs
			['staff', 'onCostPercent', '7.75'],
			['set-up', 'amount', '615.00']
		]);
	});

	it('make the difference zero when an input takes its switching value', () => {
		const value = comparison.switchingValues[4].value!;
		const s = twoOptions();
		const council = s.options[0].lines[0];
		if (council.kind !== 'staff') throw new Error('fixture changed');
		council.salary = fixed(value.toString());
		expect(analyse(s).comparisons[0].difference.presentValue.abs().lt('1e-40')).toBe(true);
	});

	it('give no switching value for an input with no effect', () => {
		const s = twoOptions();
		const fee = s.options[1].lines[0];
		if (fee.kind !== 'recurring') throw new Error('fixture changed');
		fee.quantity = fixed('0');
		const amount = analyse(s).comparisons[0].switchingValues[0];
		expect([amount.field, amount.value]).toEqual(['amount', null]);
	});

	it('compare every option but the baseline, in scenario order', () => {
		const s = twoOptions();
		s.options.push(option('trust', []));
		s.baseline = 'agency';
		expect(analyse(s).comparisons.map((c) => `${c.option}−${c.baseline}`)).toEqual([
			'council−agency',
			'trust−agency'
		]);
	});
});
