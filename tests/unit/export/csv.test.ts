import { describe, expect, it } from 'vitest';
import { BOM, buildFiguresCsv } from '$lib/export/csv';
import { CSV_HEADER } from '$lib/report/csv';
import { analyse } from '$lib/engine';
import { fixed, flat, option, recurring } from '../../fixtures/scenarios';
import { EXAMPLES, example, parseCsv } from './examples';

describe('buildFiguresCsv', () => {
	it('starts with a UTF-8 byte-order mark, so Excel reads "£" and accents right', () => {
		expect(buildFiguresCsv(example('foster-placements').analysis).startsWith(BOM)).toBe(true);
	});

	it('has the header row of the CLI’s CSV after the mark', () => {
		const rows = parseCsv(buildFiguresCsv(example('insourcing').analysis).slice(1));
		expect(rows[0]).toEqual([...CSV_HEADER]);
	});

	it.each(EXAMPLES)(
		'gives, for %s, one record per option, line and year with the engine’s exact figures',
		(name) => {
			const { analysis, expected } = example(name);
			const records = parseCsv(buildFiguresCsv(analysis).slice(1)).slice(1);
			const wanted = expected.options.flatMap((option) =>
				option.lines.flatMap((line) =>
					line.years.map((year) => [
						option.id,
						line.id,
						String(year.year),
						expected.years[year.year - 1].label,
						year.cash,
						year.real,
						year.presentValue
					])
				)
			);
			const got = records.map(([optionId, , lineId, , year, label, cash, real, pv]) => [
				optionId,
				lineId,
				year,
				label,
				cash,
				real,
				pv
			]);
			expect(got).toEqual(wanted);
		}
	);

	it('escapes names a spreadsheet would run as formulas', () => {
		const scenario = flat({
			horizonYears: 1,
			options: [
				{
					...option('a', [recurring({ id: 'fee', label: '=1+2', amount: fixed('5'), per: 'year' })])
				}
			]
		});
		const rows = parseCsv(buildFiguresCsv(analyse(scenario)).slice(1));
		expect(rows[1][3]).toBe("'=1+2");
	});
});
