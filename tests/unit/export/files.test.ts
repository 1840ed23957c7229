import { describe, expect, it } from 'vitest';
import { exportFileName, MEDIA_TYPES } from '$lib/export/files';
import { example } from './examples';

describe('exportFileName', () => {
	const { scenario } = example('foster-placements');

	it.each([
		['figures-csv', 'foster-placements-in-house-carers-or-an-independent-agency-figures.csv'],
		['results-json', 'foster-placements-in-house-carers-or-an-independent-agency-results.json'],
		['scenario-json', 'foster-placements-in-house-carers-or-an-independent-agency.json'],
		['spreadsheet', 'foster-placements-in-house-carers-or-an-independent-agency.xlsx']
	] as const)('names the %s download %s', (kind, name) => {
		expect(exportFileName(scenario, kind)).toBe(name);
	});
});

describe('MEDIA_TYPES', () => {
	it('says the CSV is UTF-8', () => {
		expect(MEDIA_TYPES['figures-csv']).toBe('text/csv;charset=utf-8');
	});
});
