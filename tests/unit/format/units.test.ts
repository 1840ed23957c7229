import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, MINUS_SIGN } from '$lib/format/money';
import {
	addsUp,
	formatInUnit,
	roundInUnit,
	unitInWords,
	unitLabel,
	type MoneyUnit
} from '$lib/format/units';

describe('formatInUnit', () => {
	it.each<[string, MoneyUnit, string]>([
		['1723800', 'pounds', '£1,723,800.00'],
		['1723849.99', 'pounds', '£1,723,849.99'],
		['1723800', 'thousands', '1,724'],
		['1723800', 'millions', '1.72'],
		['12550956.14', 'millions', '12.55'],
		['1234.995', 'pounds', '£1,235.00'],
		['1500', 'thousands', '2'],
		['2500', 'thousands', '3'],
		['1725000', 'millions', '1.73'],
		['499', 'thousands', '0'],
		['0', 'millions', '0.00']
	])('shows %s in %s as %s, rounded half-up', (amount, unit, expected) => {
		expect(formatInUnit(amount, unit)).toBe(expected);
	});

	it.each<[string, MoneyUnit, string]>([
		['-1313207.88', 'pounds', `${MINUS_SIGN}£1,313,207.88`],
		['-1500', 'thousands', `${MINUS_SIGN}2`],
		['-1313207.88', 'millions', `${MINUS_SIGN}1.31`]
	])('rounds negative %s in %s away from zero, with a minus sign: %s', (amount, unit, expected) => {
		expect(formatInUnit(amount, unit)).toBe(expected);
	});

	it.each<[string, MoneyUnit, string]>([
		['-400', 'thousands', '0'],
		['-0.004', 'pounds', '£0.00'],
		['-4000', 'millions', '0.00']
	])('never writes a negative zero (%s in %s)', (amount, unit, expected) => {
		expect(formatInUnit(amount, unit)).toBe(expected);
	});

	it('rounds from the exact figure, not from its penny rounding', () => {
		expect(formatInUnit(new Decimal('1499.9999'), 'thousands')).toBe('1');
	});

	it('writes other currencies in the cell in pounds', () => {
		expect(formatInUnit('1723800', 'pounds', 'EUR')).toBe('€1,723,800.00');
	});
});

describe('roundInUnit', () => {
	it.each<[string, MoneyUnit, string]>([
		['1723849.99', 'pounds', '1723849.99'],
		['1723849.99', 'thousands', '1724'],
		['1723849.99', 'millions', '1.72']
	])('converts %s to %s and rounds: %s', (amount, unit, expected) => {
		expect(roundInUnit(amount, unit).toFixed()).toBe(expected);
	});
});

describe('unitLabel', () => {
	it.each<[MoneyUnit, string, string]>([
		['pounds', 'GBP', '£'],
		['thousands', 'GBP', "£'000"],
		['millions', 'GBP', '£m'],
		['thousands', 'EUR', "€'000"],
		['millions', 'USD', '$m']
	])('heads a column in %s of %s with %j', (unit, currency, expected) => {
		expect(unitLabel(unit, currency)).toBe(expected);
	});
});

describe('unitInWords', () => {
	it.each<[MoneyUnit, string]>([
		['pounds', 'pounds'],
		['thousands', 'thousands of pounds'],
		['millions', 'millions of pounds']
	])('names %s as %j', (unit, expected) => {
		expect(unitInWords(unit)).toBe(expected);
	});
});

describe('addsUp', () => {
	it('is true when the rounded parts add up to the rounded total', () => {
		expect(addsUp(['1000', '2000'], '3000', 'thousands')).toBe(true);
	});

	it('is false when rounding the parts loses a unit of the total', () => {
		expect(addsUp(['1400', '1400'], '2800', 'thousands')).toBe(false);
	});

	it('is false when rounding the parts gains a penny over the total', () => {
		expect(addsUp(['0.005', '0.005'], '0.01', 'pounds')).toBe(false);
	});

	it('checks in the unit asked for: parts that add up to the penny may not in millions', () => {
		const parts = ['1004000', '1004000', '1004000'];
		expect([addsUp(parts, '3012000', 'pounds'), addsUp(parts, '3012000', 'millions')]).toEqual([
			true,
			false
		]);
	});

	it('handles negative parts, as in a difference', () => {
		expect(addsUp([new Decimal('4375800'), new Decimal('-1690000')], '2685800', 'thousands')).toBe(
			true
		);
	});
});

// formatMoney and formatNumber were added to money.ts for the units and words above.
describe('formatMoney', () => {
	it.each([
		['12550956.14', 'GBP', '£12,550,956.14'],
		['12550956.14', 'EUR', '€12,550,956.14'],
		['-5.00', 'USD', `${MINUS_SIGN}$5.00`],
		['1000', 'CHF', 'CHF 1,000']
	])('writes %s %s as %s', (amount, currency, expected) => {
		expect(formatMoney(amount, currency)).toBe(expected);
	});
});

describe('formatNumber', () => {
	it.each([
		['1234.5', '1,234.5'],
		['-16.92', `${MINUS_SIGN}16.92`],
		['-0.00', '0.00'],
		['100', '100']
	])('writes %s as %s', (value, expected) => {
		expect(formatNumber(value)).toBe(expected);
	});

	it('rejects text that is not a plain decimal', () => {
		expect(() => formatNumber('1e3')).toThrow(RangeError);
	});
});
