import { describe, expect, it } from 'vitest';
import { AT_HIGH, AT_LOW, buildTornado, MAX_TORNADO_BARS, wrapLabel } from '$lib/charts/tornado';
import { fixed, flat, option, range, recurring } from '../../fixtures/scenarios';
import { example, expectedResults, workScenario } from './examples';

describe('buildTornado', () => {
	const { scenario, results } = example('foster-placements');
	const model = buildTornado(scenario, results);

	it('labels each bar "Option · line · input", in the engine’s order', () => {
		expect(model.config.data.labels).toEqual([
			'Independent fostering agency · Agency foster placements · price a week',
			'In-house foster carers · Foster placements · price a week',
			'Independent fostering agency · Commissioning and contract management · percentage'
		]);
	});

	it.each(['foster-placements', 'childrens-trust', 'insourcing'] as const)(
		'keeps the expected results’ sensitivity order for %s',
		(name) => {
			const worked = example(name);
			const table = buildTornado(worked.scenario, worked.results).table;
			expect(table.rows.map(([, , , atLow, atHigh]) => [atLow, atHigh])).toEqual(
				expectedResults(name).comparisons[0].sensitivity.map((entry) => [entry.atLow, entry.atHigh])
			);
		}
	);

	it('floats each bar from the central difference to the difference at the input’s low and high', () => {
		expect(model.config.data.datasets.map((dataset) => [dataset.label, dataset.data])).toEqual([
			[
				AT_LOW,
				[
					[12550956.14, 11931305.84],
					[12550956.14, 13158456.44],
					[12550956.14, 12350481.04]
				]
			],
			[
				AT_HIGH,
				[
					[12550956.14, 13170606.44],
					[12550956.14, 11943455.84],
					[12550956.14, 12951906.33]
				]
			]
		]);
	});

	it('draws horizontal bars that overlap rather than sit side by side', () => {
		expect([
			model.config.options?.indexAxis,
			model.config.data.datasets.map((dataset) => dataset.grouped)
		]).toEqual(['y', [false, false]]);
	});

	it('marks the central difference with a reference line', () => {
		expect(model.config.options?.plugins?.referenceLine?.value).toBe(12550956.14);
	});

	it('says whether the result holds at both ends of every input as its title', () => {
		expect(model.title).toBe(
			"An independent fostering agency costs more than in-house foster carers at both ends of every input's range"
		);
	});

	it('tabulates option, line, input and the two differences as penny strings', () => {
		expect(model.table.rows[0]).toEqual([
			'Independent fostering agency',
			'Agency foster placements',
			'price a week',
			'11931305.84',
			'13170606.44'
		]);
	});

	it('gives the central difference in the table’s caption', () => {
		expect(model.table.caption).toBe(
			'Present-value difference, Independent fostering agency minus In-house foster carers, with one input at a time at its low and then its high value; the central difference is £12,550,956.14'
		);
	});

	it('cites the sources of the inputs shown', () => {
		expect(model.source).toBe('Sources: Community Care (anecdotal); scenario assumptions');
	});

	it('formats the tooltip with the value at the end of the bar', () => {
		const label = model.config.options?.plugins?.tooltip?.callbacks?.label as unknown as (item: {
			dataset: { label: string };
			raw: [number, number];
		}) => string;
		expect(label({ dataset: { label: AT_LOW }, raw: [12550956.14, 11931305.84] })).toBe(
			'Input at its low value: £11,931,305.84'
		);
	});

	it('says which inputs could on their own reverse the result', () => {
		const worked = workScenario(
			flat({
				options: [
					option('council', [
						recurring({
							id: 'staff',
							label: 'Staff',
							amount: range('50', '100', '300'),
							per: 'year'
						})
					]),
					option('contractor', [
						recurring({ id: 'fee', label: 'Fee', amount: fixed('120'), per: 'year' })
					])
				]
			})
		);
		expect(buildTornado(worked.scenario, worked.results).title).toBe(
			'One input could on its own reverse the result: council · Staff · price a year'
		);
	});

	it(`draws at most ${MAX_TORNADO_BARS} bars but tabulates every input`, () => {
		const lines = Array.from({ length: MAX_TORNADO_BARS + 2 }, (_, index) =>
			recurring({ id: `line-${index}`, amount: range('1', String(10 + index), '100'), per: 'year' })
		);
		const worked = workScenario(
			flat({ options: [option('council', lines), option('contractor', lines.slice(0, 1))] })
		);
		const many = buildTornado(worked.scenario, worked.results);
		expect([many.shown, many.config.data.labels?.length, many.table.rows.length]).toEqual([
			MAX_TORNADO_BARS,
			MAX_TORNADO_BARS,
			MAX_TORNADO_BARS + 3
		]);
	});

	it('throws when the results have no such comparison', () => {
		expect(() => buildTornado(scenario, results, 1)).toThrow(RangeError);
	});
});

describe('wrapLabel', () => {
	it.each([
		['Short label', 40, ['Short label']],
		[
			'Independent fostering agency · Agency foster placements · price a week',
			40,
			['Independent fostering agency · Agency', 'foster placements · price a week']
		],
		['Averyveryverylongword next', 5, ['Averyveryverylongword', 'next']]
	])('wraps %j at %i characters', (label, width, expected) => {
		expect(wrapLabel(label, width)).toEqual(expected);
	});
});
