import { describe, expect, it } from 'vitest';
import { discountFactors, greenBookRate } from '../../../src/lib/engine';

/** DF(t) to 40 decimal places, enough to see the step between rates. */
function at(factors: ReturnType<typeof discountFactors>, t: number): string {
	return factors[t].toFixed(40);
}

describe('greenBookRate', () => {
	it.each([
		[1, '0.035'],
		[30, '0.035'],
		[31, '0.03'],
		[75, '0.03'],
		[76, '0.025'],
		[99, '0.025']
	])('is the social time preference rate for the step into year index %i', (k, rate) => {
		expect(greenBookRate(k).toString()).toBe(rate);
	});
});

describe('discountFactors', () => {
	const greenBook = discountFactors({ scheme: 'green-book' }, 100);

	it('does not discount year 1', () => {
		expect(greenBook[0].toString()).toBe('1');
	});

	it('discounts year 31 (t = 30) by 1 / 1.035^30', () => {
		// Worked independently at 60 digits.
		expect(at(greenBook, 30)).toBe('0.3562784106023015404716159048810302457882');
	});

	it('steps to 3% after year 31: year 32 is 1 / (1.035^30 × 1.03)', () => {
		expect(at(greenBook, 31)).toBe('0.3459013695167976121083649561951749959108');
	});

	it('steps to 2.5% after year 76', () => {
		expect([at(greenBook, 75), at(greenBook, 76)]).toEqual([
			'0.0942137725766914048511997889103202835217',
			'0.0919158756845769803426339404003124717285'
		]);
	});

	it('with a flat rate compounds that rate every year', () => {
		const flat = discountFactors({ scheme: 'flat', ratePercent: '3.5' }, 31);
		expect(at(flat, 30)).toBe(at(greenBook, 30));
	});

	it('with a flat zero rate and with no discounting is 1 in every year', () => {
		const none = discountFactors({ scheme: 'none' }, 5).map((f) => f.toString());
		const zero = discountFactors({ scheme: 'flat', ratePercent: '0' }, 5).map((f) => f.toString());
		expect([none, zero]).toEqual([Array(5).fill('1'), Array(5).fill('1')]);
	});

	it('with a negative flat rate inflates the future', () => {
		expect(discountFactors({ scheme: 'flat', ratePercent: '-50' }, 3)[2].toString()).toBe('4');
	});
});
