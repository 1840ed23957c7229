import { describe, expect, it } from 'vitest';
import { buildAnnualCost, MAY_NOT_SUM } from '$lib/charts/annual-cost';
import { fixed, flat, option, recurring } from '../../fixtures/scenarios';
import { example, workScenario } from './examples';

describe('buildAnnualCost', () => {
	const { scenario, analysis, results } = example('foster-placements');
	const agency = buildAnnualCost(scenario, analysis, results, 'presentValue', 'agency');

	it('stacks one dataset per cost line of the chosen option, named by its label', () => {
		expect(agency.config.data.datasets.map((dataset) => dataset.label)).toEqual([
			'Agency foster placements',
			'Commissioning and contract management'
		]);
	});

	it('plots each line’s present value for each year, rounded to the penny', () => {
		expect(agency.config.data.datasets.map((dataset) => dataset.data)).toEqual([
			[4290000, 4144927.54, 4004760.9, 3869334.21, 3738487.16],
			[85800, 82898.55, 80095.22, 77386.68, 74769.74]
		]);
	});

	it('stacks the bars on both axes', () => {
		const scales = agency.config.options?.scales;
		expect([scales?.x?.stacked, scales?.y?.stacked]).toEqual([true, true]);
	});

	it('keeps the axis top at the tallest bar of any option, so switching keeps the scale', () => {
		const inHouse = buildAnnualCost(scenario, analysis, results, 'presentValue', 'in-house');
		expect([
			inHouse.config.options?.scales?.y?.suggestedMax,
			agency.config.options?.scales?.y?.suggestedMax
		]).toEqual([4375800, 4375800]);
	});

	it('states the largest line’s share of the option’s cost as its title', () => {
		expect(agency.title).toBe(
			'The largest cost of an independent fostering agency is its agency foster placements: 98% of the total'
		);
	});

	it('says so when an option has a single cost line', () => {
		expect(buildAnnualCost(scenario, analysis, results, 'presentValue', 'in-house').title).toBe(
			'In-house foster carers have one cost line: foster placements'
		);
	});

	it('takes the share of the costs before income when a line is income', () => {
		const worked = example('insourcing');
		expect(
			buildAnnualCost(worked.scenario, worked.analysis, worked.results, 'cash', 'in-house').title
		).toBe(
			'The largest cost of an in-house service is its cleaners: 73% of the costs before income and savings'
		);
	});

	it('cites only the sources of the option shown', () => {
		expect(agency.source).toBe('Sources: Community Care (anecdotal); scenario assumptions');
	});

	it('tabulates each line and the option’s total, year by year, as penny strings', () => {
		expect(agency.table).toEqual({
			caption:
				'Cost of Independent fostering agency each year by cost line, present value, 2026-27 to 2030-31',
			currency: 'GBP',
			columns: [
				{ heading: 'Year', kind: 'text' },
				{ heading: 'Agency foster placements', kind: 'money' },
				{ heading: 'Commissioning and contract management', kind: 'money' },
				{ heading: 'Total', kind: 'money' }
			],
			rows: [
				['2026-27', '4290000.00', '85800.00', '4375800.00'],
				['2027-28', '4144927.54', '82898.55', '4227826.09'],
				['2028-29', '4004760.90', '80095.22', '4084856.12'],
				['2029-30', '3869334.21', '77386.68', '3946720.89'],
				['2030-31', '3738487.16', '74769.74', '3813256.90']
			]
		});
	});

	it('notes when rounded parts do not add up to the rounded total', () => {
		const worked = example('childrens-trust');
		expect(buildAnnualCost(worked.scenario, worked.analysis, worked.results).table.note).toBe(
			MAY_NOT_SUM
		);
	});

	it('gives the year’s total, rounded from the exact figure, in the tooltip footer', () => {
		const footer = agency.config.options?.plugins?.tooltip?.callbacks?.footer as unknown as (
			items: { dataIndex: number }[]
		) => string;
		expect(footer([{ dataIndex: 1 }])).toBe('Total: £4,227,826.09');
	});

	it('leaves lines with nothing in a year out of the tooltip', () => {
		const filter = agency.config.options?.plugins?.tooltip?.filter as unknown as (item: {
			parsed: { y: number };
		}) => boolean;
		expect([filter({ parsed: { y: 0 } }), filter({ parsed: { y: 5 } })]).toEqual([false, true]);
	});

	it('shows the first option when the one asked for is unknown', () => {
		expect(
			buildAnnualCost(scenario, analysis, results, 'presentValue', 'gone').config.data.datasets.map(
				(dataset) => dataset.label
			)
		).toEqual(['Foster placements']);
	});

	it('names the download after the scenario, the option and the measure', () => {
		expect(buildAnnualCost(scenario, analysis, results, 'cash', 'agency').csvFilename).toBe(
			'foster-placements-in-house-carers-or-an-independent-agency-annual-cost-independent-fostering-agency-cash.csv'
		);
	});

	it('parts stacked segments with white borders, so colour is not the only cue', () => {
		expect(agency.config.data.datasets.map((dataset) => dataset.borderColor)).toEqual([
			'#ffffff',
			'#ffffff'
		]);
	});

	it('never rounds a share up to 100% or down to 0%', () => {
		const worked = workScenario(
			flat({
				options: [
					option('council', [
						recurring({ id: 'big', label: 'Big', amount: fixed('99999'), per: 'year' }),
						recurring({ id: 'small', label: 'Small', amount: fixed('1'), per: 'year' })
					])
				]
			})
		);
		expect(buildAnnualCost(worked.scenario, worked.analysis, worked.results).title).toBe(
			'The largest cost of a council is its big: more than 99% of the total'
		);
	});
});
