import { describe, expect, it } from 'vitest';
import { atLeastPennies, formatMoney, formatNumber } from '$lib/report/money';

describe('formatMoney', () => {
	it.each([
		['12550956.14', '£12,550,956.14'],
		['7897503.86', '£7,897,503.86'],
		['1000000.00', '£1,000,000.00'],
		['123456.78', '£123,456.78'],
		['1000', '£1,000'],
		['999.99', '£999.99'],
		['0.00', '£0.00'],
		['0.05', '£0.05'],
		['007.10', '£7.10'],
		['123456789012345.0123456789', '£123,456,789,012,345.0123456789']
	])('writes %s as %s', (amount, expected) => {
		expect(formatMoney(amount)).toBe(expected);
	});

	it.each([
		['-1313207.88', '-£1,313,207.88'],
		['-0.01', '-£0.01'],
		['-999', '-£999'],
		['-10295697.38', '-£10,295,697.38']
	])('puts the minus sign of %s before the pound sign', (amount, expected) => {
		expect(formatMoney(amount)).toBe(expected);
	});

	it.each([
		['-0.00', '£0.00'],
		['-0', '£0'],
		['-000.000', '£0.000']
	])('never writes a negative zero: %s is %s', (amount, expected) => {
		expect(formatMoney(amount)).toBe(expected);
	});

	it.each([
		['EUR', '€1,234.50'],
		['USD', '$1,234.50'],
		['CHF', 'CHF 1,234.50']
	])('writes the currency %s before the amount', (currency, expected) => {
		expect(formatMoney('1234.50', currency)).toBe(expected);
	});

	it.each(['', '-', '1e6', '1,000', '£5', ' 5', '5.', '.5', '+5', 'NaN', 'Infinity', '5 '])(
		'rejects %j, which is not a plain decimal string',
		(amount) => {
			expect(() => formatMoney(amount)).toThrow(RangeError);
		}
	);
});

describe('formatNumber', () => {
	it.each([
		['38.62', '38.62'],
		['100', '100'],
		['1234.5', '1,234.5'],
		['-16.92', '-16.92'],
		['-1500000', '-1,500,000'],
		['-0', '0'],
		['0.0001', '0.0001']
	])('writes %s as %s', (value, expected) => {
		expect(formatNumber(value)).toBe(expected);
	});

	it('rejects text that is not a plain decimal string', () => {
		expect(() => formatNumber('3.5%')).toThrow(RangeError);
	});
});

describe('atLeastPennies', () => {
	it.each([
		['825', '825.00'],
		['12.5', '12.50'],
		['-3', '-3.00'],
		['318.63', '318.63'],
		['52.142857', '52.142857']
	])('pads %s to %s', (value, expected) => {
		expect(atLeastPennies(value)).toBe(expected);
	});

	it('rejects text that is not a plain decimal string', () => {
		expect(() => atLeastPennies('£5')).toThrow(RangeError);
	});
});
