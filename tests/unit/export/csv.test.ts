import { describe, expect, it } from 'vitest';
import { BOM, buildFiguresCsv, FIGURES_CSV_HEADER } from '$lib/export/csv';
import { analyse, Exact } from '$lib/engine';
import type { ClaimCheck } from '$lib/claims/types';
import { fixed, flat, option, range, recurring } from '../../fixtures/scenarios';
import { EXAMPLES, example, parseCsv } from './examples';

/** The records of a figures CSV, header first, without the byte-order mark. */
function rows(csv: string): string[][] {
	return parseCsv(csv.slice(1));
}

/** Records of one kind, as objects keyed by column. */
function records(csv: string, kind: string): Record<string, string>[] {
	const [header, ...rest] = rows(csv);
	return rest
		.filter((row) => row[0] === kind)
		.map((row) => Object.fromEntries(header.map((column, i) => [column, row[i]])));
}

/** Two options, one with a range, over two years with no inflation or discounting. */
const SMALL = flat({
	horizonYears: 2,
	options: [
		option('in-house', [recurring({ id: 'fee', amount: range('90', '100', '110'), per: 'year' })]),
		option('agency', [recurring({ id: 'fee', amount: fixed('130.005'), per: 'year' })])
	]
});

describe('buildFiguresCsv', () => {
	it('starts with a UTF-8 byte-order mark, so Excel reads "£" and accents right', () => {
		expect(buildFiguresCsv(example('foster-placements').analysis).startsWith(BOM)).toBe(true);
	});

	it('has one header row naming every column', () => {
		expect(rows(buildFiguresCsv(example('insourcing').analysis))[0]).toEqual([
			'record',
			'option',
			'option_name',
			'compared_with',
			'line',
			'line_label',
			'year',
			'year_label',
			'case',
			'cash',
			'real',
			'present_value',
			'claim',
			'claimed',
			'verdict'
		]);
		expect(FIGURES_CSV_HEADER).toHaveLength(15);
	});

	it.each(EXAMPLES)(
		'gives, for %s, one line record per option, line and year with the engine’s exact figures',
		(name) => {
			const { analysis, expected } = example(name);
			const wanted = expected.options.flatMap((each) =>
				each.lines.flatMap((line) =>
					line.years.map((year) => [
						each.id,
						line.id,
						String(year.year),
						expected.years[year.year - 1].label,
						year.cash,
						year.real,
						year.presentValue
					])
				)
			);
			const got = records(buildFiguresCsv(analysis), 'line').map((r) => [
				r.option,
				r.line,
				r.year,
				r.year_label,
				r.cash,
				r.real,
				r.present_value
			]);
			expect(got).toEqual(wanted);
		}
	);

	it.each(EXAMPLES)(
		'gives, for %s, each option’s totals in the central, low and high cases',
		(name) => {
			const { analysis, expected } = example(name);
			const got = records(buildFiguresCsv(analysis), 'option-total').map((r) => [
				r.option,
				r.case,
				r.cash,
				r.real,
				r.present_value
			]);
			const wanted = expected.options.flatMap((each) =>
				(['total', 'low', 'high'] as const).map((which) => [
					each.id,
					which === 'total' ? 'central' : which,
					each[which].cash,
					each[which].real,
					each[which].presentValue
				])
			);
			expect(got).toEqual(wanted);
		}
	);

	it.each(EXAMPLES)('gives, for %s, each difference and the ends of its range', (name) => {
		const { analysis, expected } = example(name);
		const got = records(buildFiguresCsv(analysis), 'difference').map((r) => [
			r.option,
			r.compared_with,
			r.case,
			r.cash,
			r.present_value
		]);
		const wanted = expected.comparisons.flatMap((c) => [
			[c.option, c.baseline, 'central', c.difference.cash, c.difference.presentValue],
			[c.option, c.baseline, 'low', c.differenceRange.cash.low, c.differenceRange.presentValue.low],
			[
				c.option,
				c.baseline,
				'high',
				c.differenceRange.cash.high,
				c.differenceRange.presentValue.high
			]
		]);
		expect(got).toEqual(wanted);
	});

	it('gives the options’ totals year by year and the difference year by year, to the penny', () => {
		const csv = buildFiguresCsv(analyse(SMALL));
		expect(records(csv, 'option-year').map((r) => [r.option, r.year, r.cash])).toEqual([
			['in-house', '1', '100.00'],
			['in-house', '2', '100.00'],
			['agency', '1', '130.01'],
			['agency', '2', '130.01']
		]);
		// Rounded from the exact 60.01, not summed from rounded years (130.01 − 100.00 twice).
		expect(records(csv, 'difference').map((r) => [r.case, r.cash])).toEqual([
			['central', '60.01'],
			['low', '40.01'],
			['high', '80.01']
		]);
		expect(records(csv, 'difference-year').map((r) => r.cash)).toEqual(['30.01', '30.01']);
	});

	it('gives each claim its difference, range, claimed amount and verdict in its measure’s column', () => {
		const analysis = analyse(SMALL);
		const check: ClaimCheck = {
			claim: {
				id: 'c1',
				text: 'Agency costs £100 more, =SUM',
				option: 'agency',
				baseline: 'in-house',
				measure: 'presentValue',
				years: 2,
				amount: '100'
			},
			difference: new Exact('60.01'),
			range: { low: new Exact('40.01'), high: new Exact('80.01') },
			verdict: 'above-range',
			requires: []
		};
		const got = records(buildFiguresCsv(analysis, [check]), 'claim').map((r) => [
			r.case,
			r.cash,
			r.present_value,
			r.year,
			r.claim,
			r.claimed,
			r.verdict
		]);
		const common = ['2', 'Agency costs £100 more, =SUM', '100', 'Above the range'];
		expect(got).toEqual([
			['central', '', '60.01', ...common],
			['low', '', '40.01', ...common],
			['high', '', '80.01', ...common]
		]);
	});

	it('escapes names a spreadsheet would run as formulas', () => {
		const scenario = flat({
			horizonYears: 1,
			options: [
				{
					...option('a', [recurring({ id: 'fee', label: '=1+2', amount: fixed('5'), per: 'year' })])
				}
			]
		});
		expect(records(buildFiguresCsv(analyse(scenario)), 'line')[0].line_label).toBe("'=1+2");
	});
});
