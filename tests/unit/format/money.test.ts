import { describe, expect, it } from 'vitest';
import { formatPounds, MINUS_SIGN } from '$lib/format/money';

describe('formatPounds', () => {
	it.each([
		['12550956.14', '£12,550,956.14'],
		['7897503.86', '£7,897,503.86'],
		['1000', '£1,000'],
		['999.99', '£999.99'],
		['100000.00', '£100,000.00'],
		['0.00', '£0.00'],
		['0.5', '£0.5'],
		['007.10', '£7.10'],
		['123456789012345.0123456789', '£123,456,789,012,345.0123456789']
	])('separates thousands in %s with commas', (amount, expected) => {
		expect(formatPounds(amount)).toBe(expected);
	});

	it('puts a real minus sign before the pound sign of a negative amount', () => {
		expect(formatPounds('-1313207.88')).toBe(`${MINUS_SIGN}£1,313,207.88`);
	});

	it('uses U+2212 as the minus sign', () => {
		expect(MINUS_SIGN).toBe('−');
	});

	it('never writes a negative zero', () => {
		expect(formatPounds('-0.00')).toBe('£0.00');
	});

	it.each(['', '-', '1e6', '1,000', '£5', ' 5', '5.', '.5', '+5', 'NaN'])(
		'rejects %j, which is not a plain decimal string',
		(amount) => {
			expect(() => formatPounds(amount)).toThrow(RangeError);
		}
	);
});
