import { describe, expect, it } from 'vitest';
import { buildCumulativeCost } from '$lib/charts/cumulative-cost';
import { fixed, flat, option, recurring } from '../../fixtures/scenarios';
import { example, expectedResults, exampleJson, work, workScenario } from './examples';

const FOSTER_YEARS = ['2026-27', '2027-28', '2028-29', '2029-30', '2030-31'];

describe('buildCumulativeCost', () => {
	const foster = example('foster-placements');
	const { scenario, analysis, results } = foster;
	const model = buildCumulativeCost(scenario, analysis, results);

	it('labels the x axis with the scenario’s years', () => {
		expect(model.config.data.labels).toEqual(FOSTER_YEARS);
	});

	it('draws one line per option, named as the scenario names them', () => {
		expect(model.config.data.datasets.map((dataset) => dataset.label)).toEqual([
			'In-house foster carers',
			'Independent fostering agency'
		]);
	});

	it('plots each option’s running present value, rounded to the penny', () => {
		expect(model.config.data.datasets.map((dataset) => dataset.data)).toEqual([
			[1690000, 3322850.24, 4900483.33, 6424766.5, 7897503.86],
			[4375800, 8603626.09, 12688482.21, 16635203.1, 20448460]
		]);
	});

	it('ends each line on the option’s total in the expected results', () => {
		const expected = expectedResults('foster-placements');
		expect(model.config.data.datasets.map((dataset) => dataset.data.at(-1))).toEqual(
			expected.options.map((each) => Number(each.total.presentValue))
		);
	});

	it('ends the agency’s line on exactly 20448460.00 as a number', () => {
		expect(model.config.data.datasets[1].data.at(-1)).toBe(20448460.0);
	});

	it('states the message, worked out from the figures, as its title', () => {
		expect(model.title).toBe(
			'An independent fostering agency costs more than in-house foster carers throughout: £12.6\u00a0million more by 2030-31'
		);
	});

	it('says the measure and the prices in its units line', () => {
		expect(model.units).toBe(
			'Running total from 2026-27, £, present value: 2026-27 prices, discounted at the Green Book rates (3.5% a year for the first 30 years)'
		);
	});

	it('names the sources behind the figures, with their strength', () => {
		expect(model.source).toBe('Sources: Community Care (anecdotal); scenario assumptions');
	});

	it('tabulates the same figures as penny strings, year by year', () => {
		expect(model.table).toEqual({
			caption: 'Running total cost of each option, present value, 2026-27 to 2030-31',
			currency: 'GBP',
			columns: [
				{ heading: 'Year', kind: 'text' },
				{ heading: 'In-house foster carers', kind: 'money' },
				{ heading: 'Independent fostering agency', kind: 'money' }
			],
			rows: [
				['2026-27', '1690000.00', '4375800.00'],
				['2027-28', '3322850.24', '8603626.09'],
				['2028-29', '4900483.33', '12688482.21'],
				['2029-30', '6424766.50', '16635203.10'],
				['2030-31', '7897503.86', '20448460.00']
			]
		});
	});

	it('names the download after the scenario, the chart and the measure', () => {
		expect(model.csvFilename).toBe(
			'foster-placements-in-house-carers-or-an-independent-agency-cumulative-cost-present-value.csv'
		);
	});

	it('draws at once, fills its container and sets its colours', () => {
		expect(model.config.options).toMatchObject({
			animation: false,
			responsive: true,
			maintainAspectRatio: false
		});
	});

	it('tells lines apart by dash and point shape as well as colour', () => {
		const [first, second] = model.config.data.datasets;
		expect([first.borderDash, first.pointStyle, second.borderDash, second.pointStyle]).toEqual([
			[],
			'circle',
			[8, 4],
			'rect'
		]);
	});

	it.each([
		['cash', 22771838.93, '£14\u00a0million more by 2030-31'],
		['real', 21879000, '£13.4\u00a0million more by 2030-31']
	] as const)('plots and titles the %s measure when asked', (measure, last, ending) => {
		const other = buildCumulativeCost(scenario, analysis, results, measure);
		expect([other.config.data.datasets[1].data.at(-1), other.title.endsWith(ending)]).toEqual([
			last,
			true
		]);
	});

	it('formats tooltips in full, en-GB, with the pound sign', () => {
		const label = model.config.options?.plugins?.tooltip?.callbacks?.label as unknown as (item: {
			dataset: { label: string };
			parsed: { y: number };
		}) => string;
		expect(label({ dataset: { label: 'Agency' }, parsed: { y: 20448460 } })).toBe(
			'Agency: £20,448,460.00'
		);
	});

	it('formats the money axis compactly', () => {
		const ticks = model.config.options?.scales?.y?.ticks as unknown as {
			callback: (value: number) => string;
		};
		expect([5000000, 500000, 0].map((value) => ticks.callback(value))).toEqual([
			'£5m',
			'£500k',
			'£0'
		]);
	});

	it('says when an option costs more at first and less in total later', () => {
		const { scenario, analysis, results } = example('insourcing');
		expect(buildCumulativeCost(scenario, analysis, results).title).toBe(
			'An in-house service costs more than an outsourced contract (today) at first, but less in total from 2029: £1.31\u00a0million less by 2034'
		);
	});

	it('names the cheapest by the last year when there are three options or more', () => {
		const json = exampleJson('foster-placements');
		const options = json.options as { id: string; name: string }[];
		const third = { ...structuredClone(options[0]), id: 'kinship', name: 'Kinship carers' };
		const worked = work({ ...json, options: [...options, third] });
		expect(buildCumulativeCost(worked.scenario, worked.analysis, worked.results).title).toBe(
			'By 2030-31, in-house foster carers cost the least of the 3 options'
		);
	});

	it('says what a lone option costs in all', () => {
		const worked = workScenario(
			flat({
				horizonYears: 2,
				options: [option('council', [recurring({ id: 'fee', amount: fixed('1000'), per: 'year' })])]
			})
		);
		expect(buildCumulativeCost(worked.scenario, worked.analysis, worked.results).title).toBe(
			'A council costs £2,000 in total by 2027-28'
		);
	});

	it('says when two options cost the same in total', () => {
		const line = recurring({ id: 'fee', amount: fixed('1000'), per: 'year' });
		const worked = workScenario(
			flat({ options: [option('council', [line]), option('contractor', [line])] })
		);
		expect(buildCumulativeCost(worked.scenario, worked.analysis, worked.results).title).toBe(
			'A contractor and a council cost the same in total by 2030-31'
		);
	});
});
