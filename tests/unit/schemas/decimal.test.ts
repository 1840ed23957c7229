import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	checkDecimal,
	describeBounds,
	readDecimal,
	withinBounds
} from '../../../src/lib/schemas/decimal';

describe('readDecimal', () => {
	it.each([
		['325', '325'],
		['-1500000', '-1500000'],
		['52.142857', '52.142857'],
		['1250.50', '1250.50'],
		['0', '0'],
		['-0', '-0'],
		['000123', '000123'],
		['999999999999999.9999999999', '999999999999999.9999999999']
	])('keeps the string %j as written', (input, text) => {
		expect(readDecimal(input)).toBe(text);
	});

	it.each([
		[0.1, '0.1'],
		[3.5, '3.5'],
		[-1500000, '-1500000'],
		[-0, '0'],
		[999999999999999, '999999999999999']
	])('reads the number %d through its own text', (input, text) => {
		expect(readDecimal(input)).toBe(text);
	});

	it.each([
		'1e5',
		'1E5',
		'1e-5',
		'0x1F',
		'0b101',
		'0o17',
		'1_000',
		'1,000',
		'1 000',
		' 1',
		'1 ',
		'\n1',
		'+1',
		'--1',
		'£1',
		'1£',
		'$1',
		'1.',
		'.1',
		'1.2.3',
		'',
		'-',
		'NaN',
		'Infinity',
		'-Infinity',
		'١',
		'１',
		'1234567890123456',
		'1.12345678901'
	])('refuses the string %j', (input) => {
		expect(readDecimal(input)).toBeUndefined();
	});

	it.each([1e21, 1e-7, 1234567890123456, 0.1 + 0.2, Number.NaN, Infinity, -Infinity])(
		'refuses the number %d',
		(input) => {
			expect(readDecimal(input)).toBeUndefined();
		}
	);

	it.each([null, undefined, true, {}, [], ['1'], 1n])(
		'refuses the non-decimal input %#',
		(input) => {
			expect(readDecimal(input)).toBeUndefined();
		}
	);

	it('never gives decimal.js anything but plain notation, whatever the string', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (input) => {
				const text = readDecimal(input);
				expect(text === undefined || /^-?\d{1,15}(\.\d{1,10})?$/.test(text)).toBe(true);
			})
		);
	});

	it('reads every double with a short decimal text to exactly that text', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -1e12, max: 1e12 }),
				fc.integer({ min: 0, max: 3 }),
				(units, scale) => {
					const text = readDecimal(units / 10 ** scale);
					expect(
						text !== undefined && new Decimal(text).equals(new Decimal(units).div(10 ** scale))
					).toBe(true);
				}
			)
		);
	});
});

describe('withinBounds', () => {
	it.each([
		['0', { above: '0' }, false],
		['0.0000000001', { above: '0' }, true],
		['53', { above: '0', atMost: '53' }, true],
		['53.0000000001', { above: '0', atMost: '53' }, false],
		['-100', { above: '-100' }, false],
		['-99.9999999999', { above: '-100' }, true],
		['0', { atLeast: '0' }, true],
		['-0', { atLeast: '0' }, true],
		['-0.0000000001', { atLeast: '0' }, false],
		['100', { atLeast: '0', atMost: '100' }, true],
		['999999999999999.9999999999', {}, true]
	])('judges %s against %j as %s, exactly', (text, bounds, within) => {
		expect(withinBounds(text, bounds)).toBe(within);
	});
});

describe('describeBounds', () => {
	it.each([
		[{ above: '0', atMost: '53' }, 'above 0 and at most 53'],
		[{ atLeast: '0', atMost: '100' }, 'from 0 to 100'],
		[{ above: '-100' }, 'above -100'],
		[{ atLeast: '0' }, '0 or more'],
		[{ atLeast: '1' }, '1 or more'],
		[{ atMost: '5' }, 'at most 5'],
		[{}, 'a decimal number']
	])('words %j as "%s"', (bounds, words) => {
		expect(describeBounds(bounds)).toBe(words);
	});
});

describe('checkDecimal', () => {
	it('gives the text of a value within bounds', () => {
		expect(checkDecimal(52, { above: '0', atMost: '53' })).toEqual({ ok: true, text: '52' });
	});

	it('says which bound a value breaks, repeating the value as given', () => {
		expect(checkDecimal('60', { above: '0', atMost: '53' })).toEqual({
			ok: false,
			message: 'must be above 0 and at most 53 (got "60")'
		});
	});

	it('says when a value is not plain notation', () => {
		expect(checkDecimal('1e5')).toEqual({
			ok: false,
			message: 'must be a decimal number in plain notation such as "1250.50" (got "1e5")'
		});
	});
});
