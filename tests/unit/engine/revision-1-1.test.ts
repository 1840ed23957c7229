import { describe, expect, it } from 'vitest';
import {
	analyse,
	roundPenniesHalfUp,
	toResultsDocument,
	type Scenario
} from '../../../src/lib/engine';
import type { Line, OptimismBias } from '../../../src/lib/engine/types';
import {
	fixed,
	flat,
	oneOff,
	option,
	percentOf,
	range,
	recurring,
	risk,
	staff
} from '../../fixtures/scenarios';

/** Methodology 1.1 in the engine: hourly lines, optimism bias (§4a), tie order, precision (§7). */

const NO_UPLIFT = { upliftPercent: fixed('0') };

function biasOf(oneOffPercent: string, ongoingPercent: string): OptimismBias {
	return { oneOffPercent: fixed(oneOffPercent), ongoingPercent: fixed(ongoingPercent) };
}

/** Year-by-year cash of every line of the first option, to the penny. */
function linesCash(s: Scenario): Record<string, string[]> {
	const [first] = analyse(s).options;
	return Object.fromEntries(
		first.lines.map((line) => [line.id, line.years.map((y) => roundPenniesHalfUp(y.cash))])
	);
}

const hourly = recurring({
	id: 'agency-hours',
	amount: fixed('72.80'),
	per: 'hour',
	periodsPerYear: '1650',
	...NO_UPLIFT
});

const everyKind: Line[] = [
	hourly,
	staff({
		id: 'team',
		fte: fixed('2'),
		salary: fixed('30000'),
		onCostPercent: fixed('10'),
		...NO_UPLIFT
	}),
	oneOff({ id: 'set-up', amount: fixed('1000'), year: 1, ...NO_UPLIFT }),
	risk({ id: 'failure', probabilityPercent: fixed('5'), impact: fixed('10000'), ...NO_UPLIFT }),
	recurring({
		id: 'fee',
		amount: fixed('1000'),
		per: 'year',
		quantityGrowthPercent: fixed('10'),
		...NO_UPLIFT
	}),
	percentOf({ id: 'client-side', percent: fixed('10'), of: ['agency-hours', 'set-up', 'fee'] })
];

describe('hourly lines (methodology §4)', () => {
	it('multiply the hourly rate by the hours a year the line gives', () => {
		// £72.80 × 1,650 hours = £120,120.00 a year, flat prices.
		const s = flat({ horizonYears: 2, options: [option('a', [hourly])] });
		expect(linesCash(s)).toEqual({ 'agency-hours': ['120120.00', '120120.00'] });
	});
});

describe('optimism bias by line kind (methodology §4a)', () => {
	const withBias = (bias?: OptimismBias): Scenario =>
		flat({ horizonYears: 2, options: [{ ...option('a', everyKind), optimismBias: bias }] });

	it('raises oneOff lines at oneOffPercent and every other line at ongoingPercent', () => {
		// Without bias: hours 120,120; team 2 × 30,000 × 1.1 = 66,000; set-up 1,000 in year 1;
		// failure 5% × 10,000 = 500; fee 1,000 then 1,100 (10% growth).
		// oneOff +10%, ongoing +20%: 144,144; 79,200; 1,100; 600; 1,200 then 1,320.
		expect(linesCash(withBias(biasOf('10', '20')))).toMatchObject({
			'agency-hours': ['144144.00', '144144.00'],
			team: ['79200.00', '79200.00'],
			'set-up': ['1100.00', '0.00'],
			failure: ['600.00', '600.00'],
			fee: ['1200.00', '1320.00']
		});
	});

	it('works a percentOf line out from the named lines before bias, then raises it at ongoingPercent', () => {
		// Year 1: 10% × (120,120 + 1,000 + 1,000) = 12,212, × 1.2 = 14,654.40.
		// Year 2: 10% × (120,120 + 0 + 1,100) = 12,122, × 1.2 = 14,546.40.
		// (From the raised lines it would have been 10% × 146,444 × 1.2 = 17,573.28.)
		expect(linesCash(withBias(biasOf('10', '20')))['client-side']).toEqual([
			'14654.40',
			'14546.40'
		]);
	});

	it('adds up the raised lines in the option total', () => {
		// 288,288 + 158,400 + 1,100 + 1,200 + 2,520 + 29,200.80 = 480,708.80
		const [first] = toResultsDocument(analyse(withBias(biasOf('10', '20')))).options;
		expect(first.total.cash).toBe('480708.80');
	});

	it('leaves every figure unchanged at 0%, and lists no bias inputs without optimismBias', () => {
		const none = toResultsDocument(analyse(withBias()));
		const zero = toResultsDocument(analyse(withBias(biasOf('0', '0'))));
		expect(zero.options).toEqual(none.options);
	});
});

describe('optimism bias as inputs of the option (methodology §4a, §6)', () => {
	// The agency: a one-off 1,000 and 100 a year for two years; bias one-off 0/10/20%,
	// ongoing 0/20/40%. Central: 1,100 + 240 = 1,340 against a baseline with no lines.
	const s = flat({
		horizonYears: 2,
		options: [
			option('in-house', []),
			{
				...option('agency', [
					oneOff({ id: 'set-up', amount: fixed('1000'), year: 1, ...NO_UPLIFT }),
					recurring({ id: 'fee', amount: fixed('100'), per: 'year', ...NO_UPLIFT })
				]),
				optimismBias: {
					oneOffPercent: range('0', '10', '20'),
					ongoingPercent: range('0', '20', '40')
				}
			}
		]
	});
	const [comparison] = toResultsDocument(analyse(s)).comparisons;

	it('moves the difference in sensitivity, with line null, after the lines', () => {
		// One-off rate: 1,000 + 240 = 1,240 at 0%, 1,200 + 240 = 1,440 at 20% (swing 200).
		// Ongoing rate: 1,100 + 200 = 1,300 at 0%, 1,100 + 280 = 1,380 at 40% (swing 80).
		expect(comparison.sensitivity).toEqual([
			{
				option: 'agency',
				line: null,
				field: 'optimismBias.oneOffPercent',
				atLow: '1240.00',
				atHigh: '1440.00'
			},
			{
				option: 'agency',
				line: null,
				field: 'optimismBias.ongoingPercent',
				atLow: '1300.00',
				atHigh: '1380.00'
			}
		]);
	});

	it('has switching values of its own, after the lines’ inputs', () => {
		// set-up amount: slope 1.1, 1,000 − 1,340 / 1.1 = −218.18; fee amount: slope 2.4,
		// 100 − 558.33 = −458.33; fee quantity: slope 240, 1 − 5.583… = −4.58;
		// one-off rate: slope 10 (1% of 1,000), 10 − 134 = −124; ongoing: slope 2, 20 − 670 = −650.
		expect(comparison.switchingValues).toEqual([
			{ option: 'agency', line: 'set-up', field: 'amount', value: '-218.18' },
			{ option: 'agency', line: 'fee', field: 'amount', value: '-458.33' },
			{ option: 'agency', line: 'fee', field: 'quantity', value: '-4.58' },
			{ option: 'agency', line: null, field: 'optimismBias.oneOffPercent', value: '-124.00' },
			{ option: 'agency', line: null, field: 'optimismBias.ongoingPercent', value: '-650.00' }
		]);
	});

	it('uses the bias ranges in the low and high cases', () => {
		// Low: 1,000 + 200 = 1,200; high: 1,200 + 280 = 1,480.
		const agency = toResultsDocument(analyse(s)).options[1];
		expect([agency.low.cash, agency.total.cash, agency.high.cash]).toEqual([
			'1200.00',
			'1340.00',
			'1480.00'
		]);
	});
});

describe('sensitivity ties keep the input order of methodology §6', () => {
	it('lists a staff line’s fields, then a risk line’s, in format.md’s table order', () => {
		// One year: uplift has no effect in year 1 and the salary and impact are 0, so every
		// swing is exactly 0 and the order is the input order.
		const s = flat({
			horizonYears: 1,
			options: [
				option('in-house', []),
				option('agency', [
					staff({
						id: 'team',
						fte: range('1', '2', '3'),
						salary: fixed('0'),
						onCostPercent: range('0', '1', '2'),
						upliftPercent: range('1', '2', '3')
					}),
					risk({
						id: 'failure',
						probabilityPercent: range('1', '2', '3'),
						impact: fixed('0'),
						upliftPercent: range('1', '2', '3')
					})
				])
			]
		});
		const [comparison] = analyse(s).comparisons;
		expect(comparison.sensitivity.map((entry) => `${entry.line}.${entry.field}`)).toEqual([
			'team.fte',
			'team.onCostPercent',
			'team.upliftPercent',
			'failure.probabilityPercent',
			'failure.upliftPercent'
		]);
	});
});

describe('switching values are exact to the penny whatever their size (methodology §7)', () => {
	it('gives −10^53 exactly, not £1 off', () => {
		// A fee of £1 a year paid only in year 48 at −90% uplift: its cash is 0.1^47 = 1e-47.
		// D = 1,000,000 + 1e-47; the fee's slope is 1e-47; v = 1 − D / 1e-47 = −10^53.
		const s = flat({
			horizonYears: 48,
			options: [
				option('in-house', []),
				option('agency', [
					oneOff({ id: 'set-up', amount: fixed('1000000'), year: 1, ...NO_UPLIFT }),
					recurring({
						id: 'fee',
						amount: fixed('1'),
						per: 'year',
						upliftPercent: fixed('-90'),
						fromYear: 48,
						toYear: 48
					})
				])
			]
		});
		const [comparison] = toResultsDocument(analyse(s)).comparisons;
		expect(comparison.switchingValues[1]).toEqual({
			option: 'agency',
			line: 'fee',
			field: 'amount',
			value: `-1${'0'.repeat(53)}.00`
		});
	});
});
