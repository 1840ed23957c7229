import { describe, expect, it } from 'vitest';
import { analyse, type InputField, type Line, type Scenario } from '$lib/engine';
import { fieldInWords, switchingValueSentence, valueInWords } from '$lib/report/inputs';
import {
	fixed,
	flat,
	oneOff,
	option,
	percentOf,
	recurring,
	risk,
	staff
} from '../../fixtures/scenarios';
import { FOSTER } from './foster';

/** Spaces in the expected text are no-break spaces, which glue a figure to its unit. */
function glued(text: string): string {
	return text.replaceAll(' ', '\u00a0');
}

const WEEKLY = recurring({ id: 'w', amount: fixed('1'), per: 'week' });
const MONTHLY = recurring({ id: 'm', amount: fixed('1'), per: 'month' });
const STAFF = staff({ id: 's', fte: fixed('1'), salary: fixed('1') });
const ONE_OFF = oneOff({ id: 'o', amount: fixed('1'), year: 1 });
const RISK = risk({ id: 'r', probabilityPercent: fixed('1'), impact: fixed('1') });
const OVERHEAD = percentOf({ id: 'p', percent: fixed('1'), of: ['w'] });

describe('valueInWords', () => {
	it.each<[string, Line, InputField, string, string]>([
		['weekly recurring', WEEKLY, 'amount', '318.63', '£318.63 a week'],
		['weekly recurring', WEEKLY, 'amount', '825', '£825.00 a week'],
		['monthly recurring', MONTHLY, 'amount', '-1200.5', '-£1,200.50 a month'],
		['weekly recurring', WEEKLY, 'quantity', '38.62', '38.62'],
		['weekly recurring', WEEKLY, 'quantityGrowthPercent', '1.5', '1.5% a year'],
		['weekly recurring', WEEKLY, 'upliftPercent', '-2', '-2% a year'],
		['staff', STAFF, 'fte', '1250.5', '1,250.5'],
		['staff', STAFF, 'salary', '33707.81', '£33,707.81 a year'],
		['staff', STAFF, 'onCostPercent', '6.88', '6.88%'],
		['one-off', ONE_OFF, 'amount', '-8896495.88', '-£8,896,495.88'],
		['risk', RISK, 'probabilityPercent', '24.48', '24.48%'],
		['risk', RISK, 'impact', '2000000', '£2,000,000.00'],
		['percentOf', OVERHEAD, 'percent', '-60.61', '-60.61%']
	])('writes a %s line’s %s of %s as %s', (_kind, line, field, value, expected) => {
		expect(valueInWords(line, field, value, 'GBP')).toBe(glued(expected));
	});
});

describe('fieldInWords', () => {
	it.each<[string, Line, InputField, string]>([
		['weekly recurring', WEEKLY, 'amount', 'price a week'],
		['one-off', ONE_OFF, 'amount', 'amount'],
		['staff', STAFF, 'salary', 'salary a year'],
		['staff', STAFF, 'fte', 'full-time equivalents'],
		['staff', STAFF, 'onCostPercent', 'on-costs'],
		['risk', RISK, 'probabilityPercent', 'probability a year'],
		['percentOf', OVERHEAD, 'percent', 'percentage']
	])('names a %s line’s %s “%s”', (_kind, line, field, expected) => {
		expect(fieldInWords(line, field)).toBe(expected);
	});
});

/** Every switching-value sentence of a scenario's first comparison, no-break spaces made plain. */
function sentences(scenario: Scenario): string[] {
	const comparison = analyse(scenario).comparisons[0];
	return comparison.switchingValues.map((entry) =>
		switchingValueSentence(scenario, comparison, entry).replaceAll('\u00a0', ' ')
	);
}

describe('switchingValueSentence', () => {
	const foster = sentences(FOSTER);

	it('says how low the agency’s weekly price would have to fall', () => {
		expect(foster[0]).toBe(
			'Agency foster placements (Independent fostering agency): the price would have to be less ' +
				'than £318.63 a week (central £825.00 a week) for Independent fostering agency to cost ' +
				'less than In-house foster carers.'
		);
	});

	it('says how high the baseline’s weekly price would have to rise', () => {
		expect(foster[3]).toBe(
			'Foster placements (In-house foster carers): the price would have to be more than ' +
				'£841.50 a week (central £325.00 a week) for Independent fostering agency to cost ' +
				'less than In-house foster carers.'
		);
	});

	it('gives an overhead’s percentage in per cent', () => {
		expect(foster[2]).toContain('the percentage would have to be less than -60.61% (central 2%)');
	});

	it('says which way an option already cheaper than the baseline would turn dearer', () => {
		const cheaper = flat({
			horizonYears: 1,
			options: [
				option('contract', [recurring({ id: 'fee', amount: fixed('100'), per: 'year' })]),
				option('in-house', [
					staff({ id: 'cleaners', fte: fixed('2'), salary: fixed('40'), onCostPercent: fixed('0') })
				])
			]
		});
		expect(sentences(cheaper).slice(0, 2)).toEqual([
			'cleaners (in-house): the number of full-time equivalents would have to be more than 2.50 ' +
				'(central 2) for in-house to cost more than contract.',
			'cleaners (in-house): the salary would have to be more than £50.00 a year ' +
				'(central £40.00 a year) for in-house to cost more than contract.'
		]);
	});

	it('says when changing an input would not change the difference', () => {
		const noEffect = flat({
			options: [
				option('a', [recurring({ id: 'fee', amount: fixed('100'), per: 'year' })]),
				option('b', [
					recurring({ id: 'free', amount: fixed('0'), per: 'year', quantity: fixed('3') })
				])
			]
		});
		expect(sentences(noEffect)[1]).toBe(
			'free (b): changing the quantity would not change the difference.'
		);
	});

	it('says when the switching value is not a possible value of the input', () => {
		const impossible = flat({
			horizonYears: 1,
			options: [
				option('a', []),
				option('b', [
					oneOff({ id: 'set-up', amount: fixed('1000'), year: 1 }),
					risk({ id: 'failure', probabilityPercent: fixed('10'), impact: fixed('100') })
				])
			]
		});
		expect(sentences(impossible)[1]).toBe(
			'failure (b): the yearly probability would have to be less than -1,000.00% (central 10%) ' +
				'for b to cost less than a. That is not a possible value, so this input alone cannot do it.'
		);
	});

	it('says when the two options already cost the same', () => {
		const same = flat({
			options: [
				option('a', [recurring({ id: 'fee', amount: fixed('100'), per: 'year' })]),
				option('b', [recurring({ id: 'fee', amount: fixed('100'), per: 'year' })])
			]
		});
		expect(sentences(same)[0]).toBe(
			'fee (b): the two options already cost the same with the price at £100.00 a year.'
		);
	});
});
