import { describe, expect, it } from 'vitest';
import { splitColumns } from '$lib/export/table-parts';
import { buildLineBreakdown } from '$lib/results/year-table';
import { example } from './examples';

describe('splitColumns', () => {
	const { analysis } = example('childrens-trust');
	const trust = buildLineBreakdown(analysis, 'trust', { measure: 'cash', unit: 'pounds' });

	it('leaves a table that fits as it is', () => {
		expect(splitColumns(trust, 9)).toEqual([trust]);
	});

	it('cuts a wide table into even parts, keeping every column in order', () => {
		const parts = splitColumns(trust, 5);
		expect(parts.map((part) => part.columns.length)).toEqual([5, 4]);
		expect(parts.flatMap((part) => part.columns)).toEqual(trust.columns);
	});

	it('keeps every year in every part, with the matching figures', () => {
		const [first, second] = splitColumns(trust, 5);
		expect([first.rows.map((row) => row.label), second.rows[0].cells, second.total.cells]).toEqual([
			trust.rows.map((row) => row.label),
			trust.rows[0].cells.slice(5),
			trust.total.cells.slice(5)
		]);
	});

	it('names each part in its caption and notes rounding once, under the last', () => {
		const parts = splitColumns({ ...trust, mayNotSum: true }, 5);
		expect(
			parts.map((part) => [
				part.caption.endsWith(`(part ${parts.indexOf(part) + 1} of 2)`),
				part.mayNotSum
			])
		).toEqual([
			[true, false],
			[true, true]
		]);
	});
});
