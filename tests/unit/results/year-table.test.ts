import { describe, expect, it } from 'vitest';
import { buildLineBreakdown, buildYearTable } from '$lib/results/year-table';
import { fixed, flat, option, recurring } from '../../fixtures/scenarios';
import { FOSTER, fromScenario } from './examples';

const texts = (cells: { text: string }[]): string[] => cells.map((cell) => cell.text);

describe('buildYearTable', () => {
	const thousands = buildYearTable(FOSTER.analysis, { measure: 'presentValue', unit: 'thousands' });

	it('says what the figures are and their unit in its caption', () => {
		expect(thousands.caption).toBe(
			"Cost of each option each year in present value, in thousands of pounds (£'000)"
		);
	});

	it('has a column for each option, then each difference from the baseline', () => {
		expect([thousands.columns, thousands.isDifference]).toEqual([
			[
				'In-house foster carers',
				'Independent fostering agency',
				'Independent fostering agency minus In-house foster carers'
			],
			[false, false, true]
		]);
	});

	it('has a row a year, labelled as the scenario labels years', () => {
		expect(thousands.rows.map((row) => row.label)).toEqual([
			'2026-27',
			'2027-28',
			'2028-29',
			'2029-30',
			'2030-31'
		]);
	});

	it('rounds each year half-up to the nearest thousand from the exact figure', () => {
		expect(texts(thousands.rows[1].cells)).toEqual(['1,633', '4,228', '2,595']);
	});

	it('rounds the total row from the exact totals, not from the rounded years', () => {
		expect(texts(thousands.total.cells)).toEqual(['7,898', '20,448', '12,551']);
	});

	it('names each option year and total by its working, in the chosen measure', () => {
		expect([thousands.rows[1].cells[1].ref, thousands.total.cells[0].ref]).toEqual([
			{ kind: 'optionYear', option: 'agency', year: 2, measure: 'presentValue' },
			{ kind: 'optionTotal', option: 'in-house', measure: 'presentValue' }
		]);
	});

	it('names each difference year and total by its working', () => {
		expect([thousands.rows[0].cells[2].ref, thousands.total.cells[2].ref]).toEqual([
			{ kind: 'differenceYear', option: 'agency', year: 1, measure: 'presentValue' },
			{ kind: 'difference', option: 'agency', measure: 'presentValue' }
		]);
	});

	it('says the figures may not sum when rounded years do not add up to the total', () => {
		expect(thousands.mayNotSum).toBe(true);
	});

	it('does not say so when every rounded figure adds up', () => {
		expect(buildYearTable(FOSTER.analysis, { measure: 'real', unit: 'pounds' }).mayNotSum).toBe(
			false
		);
	});

	it('shows pounds to the penny with the currency in each cell', () => {
		const pounds = buildYearTable(FOSTER.analysis, { measure: 'cash', unit: 'pounds' });
		expect([pounds.caption, pounds.rows[1].cells[0].text]).toEqual([
			'Cost of each option each year in cash',
			'£1,723,800.00'
		]);
	});

	it('shows millions to two decimals', () => {
		const millions = buildYearTable(FOSTER.analysis, { measure: 'cash', unit: 'millions' });
		expect(millions.rows[1].cells[0].text).toBe('1.72');
	});
});

describe('buildLineBreakdown', () => {
	const agency = buildLineBreakdown(FOSTER.analysis, 'agency', { measure: 'cash', unit: 'pounds' });

	it("has a column for each of the option's lines and one for all of them", () => {
		expect(agency.columns).toEqual([
			'Agency foster placements',
			'Commissioning and contract management',
			'All lines'
		]);
	});

	it('names the option in its caption', () => {
		expect(agency.caption).toBe(
			'Independent fostering agency: cost of each line each year in cash'
		);
	});

	it('totals each line over the horizon', () => {
		expect(texts(agency.total.cells)).toEqual(['£22,325,332.29', '£446,506.65', '£22,771,838.93']);
	});

	it('names each line year and total, and the all-lines column, by its working', () => {
		expect([
			agency.rows[2].cells[1].ref,
			agency.total.cells[0].ref,
			agency.rows[0].cells[2].ref,
			agency.total.cells[2].ref
		]).toEqual([
			{
				kind: 'lineYear',
				option: 'agency',
				line: 'contract-management',
				year: 3,
				measure: 'cash'
			},
			{ kind: 'lineTotal', option: 'agency', line: 'placements', measure: 'cash' },
			{ kind: 'optionYear', option: 'agency', year: 1, measure: 'cash' },
			{ kind: 'optionTotal', option: 'agency', measure: 'cash' }
		]);
	});

	it('says the figures may not sum when rounded lines do not add up to the year', () => {
		const twoLines = fromScenario(
			flat({
				horizonYears: 1,
				options: [
					option('a', [
						recurring({ id: 'x', amount: fixed('400'), per: 'year' }),
						recurring({ id: 'y', amount: fixed('400'), per: 'year' })
					])
				]
			})
		);
		const view = buildLineBreakdown(twoLines.analysis, 'a', { measure: 'cash', unit: 'thousands' });
		expect([texts(view.total.cells), view.mayNotSum]).toEqual([['0', '0', '1'], true]);
	});

	it('rejects an option that is not in the analysis', () => {
		expect(() =>
			buildLineBreakdown(FOSTER.analysis, 'nobody', { measure: 'cash', unit: 'pounds' })
		).toThrow();
	});
});
