/** The worked examples for export tests: parsed, analysed, and their committed results. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyse, Exact, toResultsDocument } from '$lib/engine';
import type { Analysis, ResultsDocument, Scenario } from '$lib/engine';
import { parseScenario } from '$lib/schemas/scenario';

const folder = fileURLToPath(new URL('../../fixtures/examples/', import.meta.url));

export const EXAMPLES = ['foster-placements', 'childrens-trust', 'insourcing'] as const;
export type ExampleName = (typeof EXAMPLES)[number];

export interface Worked {
	scenario: Scenario;
	analysis: Analysis;
	results: ResultsDocument;
	/** The example's `*.expected.json`, as committed. */
	expected: ResultsDocument;
}

const cache = new Map<ExampleName, Worked>();

/** A worked example, parsed as the page parses it and worked out once. */
export function example(name: ExampleName): Worked {
	const cached = cache.get(name);
	if (cached) return cached;
	const parsed = parseScenario(JSON.parse(readFileSync(`${folder}${name}.json`, 'utf8')));
	if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
	const analysis = analyse(parsed.scenario);
	const worked = {
		scenario: parsed.scenario,
		analysis,
		results: toResultsDocument(analysis),
		expected: JSON.parse(readFileSync(`${folder}${name}.expected.json`, 'utf8'))
	};
	cache.set(name, worked);
	return worked;
}

/** A spreadsheet's binary number rounded half-up to the penny, as the results document writes money. */
export function penny(value: number): string {
	const rounded = new Exact(value).toDecimalPlaces(2, Exact.ROUND_HALF_UP);
	return (rounded.isZero() ? rounded.abs() : rounded).toFixed(2);
}

export { parseCsv } from '../../fixtures/csv';
