import { describe, expect, it } from 'vitest';
import {
	chartNumber,
	compactMoney,
	fullMoney,
	fullMoneyOfNumber,
	labelInSentence,
	moneyInWords,
	slug
} from '$lib/charts/format';

describe('chartNumber', () => {
	it.each([
		['20448460.00', 20448460],
		['-1313207.88', -1313207.88],
		['0.00', 0]
	])('turns the penny string %s into the number %d', (amount, expected) => {
		expect(chartNumber(amount)).toBe(expected);
	});
});

describe('fullMoneyOfNumber', () => {
	it.each([
		[12550956.14, 'GBP', '£12,550,956.14'],
		[-1313207.88, 'GBP', '\u2212£1,313,207.88'],
		[4004760.9, 'GBP', '£4,004,760.90'],
		[5, 'EUR', 'EUR\u00a05.00']
	])('writes %d in %s as %s', (value, currency, expected) => {
		expect(fullMoneyOfNumber(value, currency)).toBe(expected);
	});

	it('gives back every penny string it was made from, up to a hundred billion pounds', () => {
		const amounts = ['99999999999.99', '0.01', '-0.07', '8603626.09', '16635203.10'];
		expect(amounts.map((amount) => fullMoneyOfNumber(chartNumber(amount), 'GBP'))).toEqual(
			amounts.map((amount) => fullMoney(amount, 'GBP'))
		);
	});
});

describe('compactMoney', () => {
	it.each([
		[0, '£0'],
		[500000, '£500k'],
		[1250000, '£1.25m'],
		[12000000, '£12m'],
		[-1500000, '\u2212£1.5m'],
		[2000000000, '£2bn'],
		[999e12, '£999tn'],
		[1.234e20, '£1.23E20'],
		[-Number.MAX_VALUE, '\u2212£1.8E308'],
		[Infinity, '\u2014'],
		[Number.NaN, '\u2014']
	])('writes the axis tick %d as %s', (value, expected) => {
		expect(compactMoney(value, 'GBP')).toBe(expected);
	});
});

describe('moneyInWords', () => {
	it.each([
		['12550956.14', '£12.6\u00a0million'],
		['-1313207.88', '£1.31\u00a0million'],
		['13977011.06', '£14\u00a0million'],
		['999999.99', '£1\u00a0million'],
		['2450000000.00', '£2.45\u00a0billion'],
		['951234.56', '£951,000'],
		['950.50', '£951'],
		['0.00', '£0']
	])('writes %s to three significant figures as %s', (amount, expected) => {
		expect(moneyInWords(amount, 'GBP')).toBe(expected);
	});
});

describe('labelInSentence', () => {
	it.each([
		['Agency foster placements', 'agency foster placements'],
		['TUPE transfer', 'TUPE transfer'],
		['A', 'a']
	])('reads %j inside a sentence as %j', (label, expected) => {
		expect(labelInSentence(label)).toBe(expected);
	});
});

describe('slug', () => {
	it.each([
		['Foster placements: in-house carers', 'foster-placements-in-house-carers'],
		["Children's social work", 'childrens-social-work'],
		['Café £5 — “quotes”', 'cafe-5-quotes'],
		['!!!', 'scenario']
	])('makes %j file-name safe as %j', (text, expected) => {
		expect(slug(text)).toBe(expected);
	});

	it('keeps names to 60 characters', () => {
		expect(slug('a'.repeat(100)).length).toBe(60);
	});
});
