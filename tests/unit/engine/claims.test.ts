import { describe, expect, it } from 'vitest';
import { analyse, toResultsDocument, type Claim, type Scenario } from '../../../src/lib/engine';
import { fixed, flat, oneOff, option, range, recurring, staff } from '../../fixtures/scenarios';

/**
 * Claims held against the figures (methodology §6a), worked by hand.
 *
 * No inflation and no discounting unless said. The agency pays 100 a year; in-house pays one
 * person a salary of 50, 60 or 90 a year and, in year 3 only, a one-off 500. Over the first
 * two years: agency 200 in every case; in-house 100, 120 or 180; difference 80 (central),
 * range [200 − 180, 200 − 100] = [20, 100]. The year-3 one-off lies outside those years.
 */
function claimScenario(claims: Claim[], overrides: Partial<Scenario> = {}): Scenario {
	return flat({
		horizonYears: 3,
		options: [
			option('in-house', [
				staff({
					id: 'team',
					fte: fixed('1'),
					salary: range('50', '60', '90'),
					upliftPercent: fixed('0')
				}),
				oneOff({ id: 'exit', amount: fixed('500'), year: 3, upliftPercent: fixed('0') })
			]),
			option('agency', [
				recurring({ id: 'fee', amount: fixed('100'), per: 'year', upliftPercent: fixed('0') })
			])
		],
		claims,
		...overrides
	});
}

function claim(amount: string, more: Partial<Claim> = {}): Claim {
	return { id: 'c', text: 'A claim', option: 'agency', measure: 'cash', years: 2, amount, ...more };
}

function claimResult(amount: string, more: Partial<Claim> = {}) {
	return toResultsDocument(analyse(claimScenario([claim(amount, more)]))).claims![0];
}

describe('claims (methodology §6a)', () => {
	it('gives the difference and range over the first N years only, and each verdict', () => {
		expect(claimResult('80')).toMatchObject({
			id: 'c',
			difference: '80.00',
			range: { low: '20.00', high: '100.00' },
			verdict: 'within-range'
		});
		expect(claimResult('19.99').verdict).toBe('below-range');
		expect(claimResult('100.01').verdict).toBe('above-range');
	});

	it('compares the range ends exactly: a claim at either end is within range', () => {
		expect(claimResult('20').verdict).toBe('within-range');
		expect(claimResult('100').verdict).toBe('within-range');
		expect(claimResult('100.0000000001').verdict).toBe('above-range');
	});

	it('gives the value of each linear input that would make the claim true, in input order', () => {
		// C = 150, D = 80, so D − C = −70. Agency fee: slope 2 (2 years), 100 + 35 = 135;
		// quantity: slope 200, 1 + 0.35 = 1.35. In-house fte: slope −120, 1 − 70/120 = 0.41666…;
		// salary: slope −2, 60 − 35 = 25; on-costs: slope −1.2, 0 − 58.333… ; the year-3
		// one-off has no effect on years 1–2: null.
		expect(claimResult('150').requires).toEqual([
			{ option: 'agency', line: 'fee', field: 'amount', value: '135.00' },
			{ option: 'agency', line: 'fee', field: 'quantity', value: '1.35' },
			{ option: 'in-house', line: 'team', field: 'fte', value: '0.42' },
			{ option: 'in-house', line: 'team', field: 'salary', value: '25.00' },
			{ option: 'in-house', line: 'team', field: 'onCostPercent', value: '-58.33' },
			{ option: 'in-house', line: 'exit', field: 'amount', value: null }
		]);
	});

	it('covers the whole horizon when the claim gives no years', () => {
		// Three years: agency 300; in-house 3 × 60 + 500 = 680; difference −380.
		// Range: agency 300 − in-house high (270 + 500) = −470; 300 − (150 + 500) = −350.
		const result = claimResult('-380', { years: undefined });
		expect(result).toMatchObject({
			difference: '-380.00',
			range: { low: '-470.00', high: '-350.00' },
			verdict: 'within-range'
		});
		// The one-off now counts. Claimed −400: D − C = −380 − (−400) = 20, and the baseline's
		// one-off moves the difference by −1 a pound, so v = 500 − 20 / −1 = 520.
		expect(claimResult('-400', { years: undefined }).requires.at(-1)).toEqual({
			option: 'in-house',
			line: 'exit',
			field: 'amount',
			value: '520.00'
		});
	});

	it('holds a claim in present value, with the claim’s own baseline', () => {
		// Flat 10% discounting, two years. In-house against the agency: (60 − 100) × (1 + 1/1.1)
		// = −40 × 1.909090… = −76.3636…
		const s = claimScenario(
			[claim('-76.36', { option: 'in-house', baseline: 'agency', measure: 'presentValue' })],
			{
				discount: { scheme: 'flat', ratePercent: '10' }
			}
		);
		const [result] = toResultsDocument(analyse(s)).claims!;
		expect(result.difference).toBe('-76.36');
		expect(result.verdict).toBe('within-range');
		// In-house salary making the claim exact: slope 1.90909…, D − C = −0.003636…,
		// v = 60 + 0.003636… / 1.909090… = 60.0019…
		expect(result.requires.find((r) => r.field === 'salary')?.value).toBe('60.00');
	});

	it('leaves claims out of the results when the scenario has none', () => {
		const s = claimScenario([]);
		delete s.claims;
		expect('claims' in toResultsDocument(analyse(s))).toBe(false);
		expect(toResultsDocument(analyse(claimScenario([]))).claims).toEqual([]);
	});
});
