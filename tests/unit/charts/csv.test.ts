import { describe, expect, it } from 'vitest';
import { BOM, buildChartCsv } from '$lib/charts/csv';
import type { FigureTable } from '$lib/charts/types';

const SMALL: FigureTable = {
	caption: 'A small case',
	currency: 'GBP',
	columns: [
		{ heading: 'Year', kind: 'text' },
		{ heading: 'Cost, "central"', kind: 'money' },
		{ heading: '=Formula?', kind: 'money' }
	],
	rows: [
		['2026-27', '1690000.00', '-1313207.88'],
		['=HYPERLINK("http://x","y")', '0.00', '12.50'],
		['Two\nlines, and a comma', '-0.01', '3.00']
	]
};

describe('buildChartCsv', () => {
	it('writes a BOM, a header and one CRLF-ended record per row, escaped', () => {
		expect(buildChartCsv(SMALL)).toBe(
			'\uFEFF' +
				'Year,"Cost, ""central""",\'=Formula?\r\n' +
				'2026-27,1690000.00,-1313207.88\r\n' +
				'"\'=HYPERLINK(""http://x"",""y"")",0.00,12.50\r\n' +
				'"Two\nlines, and a comma",-0.01,3.00\r\n'
		);
	});

	it('starts with the UTF-8 byte-order mark', () => {
		expect(buildChartCsv(SMALL).startsWith(BOM)).toBe(true);
	});

	it('keeps a negative money cell a number, with no formula guard', () => {
		expect(buildChartCsv(SMALL).split('\r\n')[1]).toBe('2026-27,1690000.00,-1313207.88');
	});

	it('refuses text in a money column, so text cannot slip past the formula guard', () => {
		const bad: FigureTable = { ...SMALL, rows: [['2026-27', '=1+1', '0.00']] };
		expect(() => buildChartCsv(bad)).toThrow(RangeError);
	});

	it('writes only the header for a table with no rows', () => {
		expect(buildChartCsv({ ...SMALL, rows: [] })).toBe(
			'\uFEFFYear,"Cost, ""central""",\'=Formula?\r\n'
		);
	});
});
