import type { Scenario } from '../engine/types';
import { scenarioFileName } from '../storage/scenario-file-text';

/**
 * Names and media types of the files a comparison is downloaded as. Every name starts with the
 * scenario's title in lower-case letters, digits and hyphens, as the scenario file's does, so
 * a folder of downloads sorts by comparison.
 */

/** What a comparison can be downloaded as. */
export type ExportKind = 'figures-csv' | 'results-json' | 'scenario-json' | 'spreadsheet';

/** The media type of each download; CSV says its charset, since it carries "£". */
export const MEDIA_TYPES: Readonly<Record<ExportKind, string>> = {
	'figures-csv': 'text/csv;charset=utf-8',
	'results-json': 'application/json',
	'scenario-json': 'application/json',
	spreadsheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

const SUFFIXES: Readonly<Record<ExportKind, string>> = {
	'figures-csv': '-figures.csv',
	'results-json': '-results.json',
	'scenario-json': '.json',
	spreadsheet: '.xlsx'
};

/**
 * The file name of a download: "foster-placements-…-figures.csv", "…-results.json",
 * "….json" (the scenario file, named as `scenarioFileName` names it) and "….xlsx".
 */
export function exportFileName(scenario: Scenario, kind: ExportKind): string {
	const stem = scenarioFileName(scenario).replace(/\.json$/, '');
	return `${stem}${SUFFIXES[kind]}`;
}
