import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { MINUS_SIGN } from '$lib/format/money';
import { moneyInWords } from '$lib/format/words';

describe('moneyInWords', () => {
	it.each([
		['12550956.14', '£12.6 million'],
		['11129405.44', '£11.1 million'],
		['14191206.94', '£14.2 million'],
		['33817625.96', '£33.8 million'],
		['7446960.32', '£7.45 million'],
		['2450000', '£2.45 million'],
		['1313207.88', '£1.31 million'],
		['10000000', '£10 million'],
		['12000000.00', '£12 million'],
		['1234567890', '£1.23 billion'],
		['1500000000000', '£1.5 trillion'],
		['12345678901234567', '£12,300 trillion']
	])('writes %s in words to three significant figures: %s', (amount, expected) => {
		expect(moneyInWords(amount)).toBe(expected);
	});

	it.each([
		['450000', '£450,000'],
		['12345', '£12,300'],
		['1000', '£1,000'],
		['449999.5', '£450,000']
	])('writes %s, under a million, in full to three significant figures: %s', (amount, expected) => {
		expect(moneyInWords(amount)).toBe(expected);
	});

	it.each([
		['318.63', '£318.63'],
		['318.625', '£318.63'],
		['318.1', '£318.10'],
		['318', '£318'],
		['318.00', '£318'],
		['0.5', '£0.50'],
		['999.994', '£999.99'],
		['0', '£0']
	])('keeps the pence of %s, under £1,000: %s', (amount, expected) => {
		expect(moneyInWords(amount)).toBe(expected);
	});

	it.each([
		['2445000', '£2.45 million'],
		['2444999.99', '£2.44 million'],
		['1235000000', '£1.24 billion'],
		['999.995', '£1,000'],
		['999999', '£1 million'],
		['999500000', '£1 billion']
	])('rounds %s half-up before choosing the words: %s', (amount, expected) => {
		expect(moneyInWords(amount)).toBe(expected);
	});

	it('rounds from an exact Decimal, not from its penny rounding', () => {
		expect(moneyInWords(new Decimal('12549999.999'))).toBe('£12.5 million');
	});

	it('reads a Decimal as it reads its string', () => {
		expect(moneyInWords(new Decimal('12550956.14'))).toBe('£12.6 million');
	});

	it('puts a minus sign (U+2212) before a negative amount by default', () => {
		expect(moneyInWords('-7446960.32')).toBe(`${MINUS_SIGN}£7.45 million`);
	});

	it('leaves the sign to the caller with sign "never"', () => {
		expect(moneyInWords('-7446960.32', { sign: 'never' })).toBe('£7.45 million');
	});

	it('puts a plus sign before a positive amount with sign "exceptZero"', () => {
		expect(moneyInWords('12550956.14', { sign: 'exceptZero' })).toBe('+£12.6 million');
	});

	it.each(['-0.004', '-0.00', '0'])('never signs %s, which rounds to zero', (amount) => {
		expect(moneyInWords(amount, { sign: 'exceptZero' })).toBe('£0');
	});

	it('writes other currencies with their symbol', () => {
		expect(moneyInWords('12550956.14', { currency: 'EUR' })).toBe('€12.6 million');
	});

	it('writes a currency without a symbol by its code', () => {
		expect(moneyInWords('450000', { currency: 'CHF' })).toBe('CHF 450,000');
	});

	it.each(['1e6', '£5', '1,000', '', '.5'])(
		'rejects %j, which is not a plain decimal',
		(amount) => {
			expect(() => moneyInWords(amount)).toThrow(RangeError);
		}
	);
});
