import { describe, expect, it } from 'vitest';
import {
	discountInWords,
	optionAssumptions,
	settingRows,
	yearsInWords
} from '$lib/export/assumptions';
import { example } from './examples';

describe('settingRows', () => {
	it('lists every setting of the scenario in words', () => {
		const rows = settingRows(example('insourcing').scenario);
		expect(rows.map((row) => `${row.name}: ${row.value}`)).toEqual([
			'Currency: GBP',
			'First year: 2027 (year 1), in calendar years',
			'Period compared: 8 years: 2027 to 2034 (years 1 to 8)',
			'Weeks in a year: 52',
			'Days in a year: 365',
			'General inflation: 2.5% a year (turns cash into real terms, and is the price uplift of any line that gives none)',
			'Discounting: A flat 3.5% a year',
			'Baseline: Outsourced contract (today)'
		]);
	});
});

describe('discountInWords', () => {
	it('names the Green Book rates', () => {
		expect(discountInWords(example('foster-placements').scenario)).toMatch(
			/^HM Treasury Green Book rates: 3\.5%/
		);
	});
});

describe('yearsInWords', () => {
	it.each([
		[1, 1, '2026-27 (year 1)'],
		[2, 5, '2027-28 to 2030-31 (years 2 to 5)']
	])('says years %i to %i as %j', (from, to, words) => {
		expect(yearsInWords(example('foster-placements').scenario, from, to)).toBe(words);
	});
});

describe('optionAssumptions', () => {
	const options = optionAssumptions(example('childrens-trust').scenario);

	it('keeps every option and line in the scenario’s order, marking the baseline', () => {
		expect(options.map((option) => [option.id, option.isBaseline, option.lines.length])).toEqual([
			['council', true, 4],
			['trust', false, 8]
		]);
	});

	it('gives each input its central value and its low-to-high range', () => {
		const workers = options[0].lines[0];
		expect(workers.inputs).toEqual([
			{ field: 'fte', name: 'Full-time equivalents', central: '120' },
			{
				field: 'salary',
				name: 'Salary a year',
				central: '£41,000.00 a year',
				range: '£38,000.00 to £44,000.00 a year'
			},
			{ field: 'onCostPercent', name: 'On-costs', central: '30%', range: '28% to 32%' },
			{ field: 'upliftPercent', name: 'Price uplift a year', central: '2.5% a year' }
		]);
	});

	it('says how often a recurring line is billed, and a line’s own periods a year', () => {
		const cover = options[0].lines[2];
		expect(cover.inputs.find((input) => input.field === 'per')?.central).toBe(
			'220 days a year (set for this line)'
		);
	});

	it('names the lines an overhead is a percentage of', () => {
		const overhead = options[0].lines[3];
		expect(overhead.inputs.at(-1)).toEqual({
			field: 'of',
			name: 'Of',
			central: 'Social workers + Team and service managers'
		});
	});

	it('says when a line with no uplift of its own follows general inflation', () => {
		const { scenario } = example('foster-placements');
		const placements = optionAssumptions(scenario)[0].lines[0];
		expect(placements.inputs.find((input) => input.field === 'upliftPercent')?.central).toBe(
			'2% a year (general inflation)'
		);
	});

	it('gives the years a line runs and a one-off’s year', () => {
		const trust = options[1].lines;
		expect([trust[2].years, trust[4].years]).toEqual([
			'2026-27 to 2028-29 (years 1 to 3)',
			'2026-27 (year 1)'
		]);
	});
});
