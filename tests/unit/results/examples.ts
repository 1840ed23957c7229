import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyse, toResultsDocument } from '$lib/engine';
import type { Analysis, ResultsDocument, Scenario } from '$lib/engine';
import { parseScenario } from '$lib/schemas/scenario';

/** A worked example's scenario with its analysis and results document, as the page has them. */
export interface Worked {
	scenario: Scenario;
	analysis: Analysis;
	results: ResultsDocument;
}

const folder = fileURLToPath(new URL('../../fixtures/examples/', import.meta.url));

/** Loads tests/fixtures/examples/<name>.json through the same parser as every boundary. */
export function worked(name: 'foster-placements' | 'insourcing' | 'childrens-trust'): Worked {
	const parsed = parseScenario(JSON.parse(readFileSync(`${folder}${name}.json`, 'utf8')));
	if (!parsed.ok) throw new Error(`${name}.json does not parse`);
	return fromScenario(parsed.scenario);
}

/** The analysis and results of a scenario built in a test. */
export function fromScenario(scenario: Scenario): Worked {
	const analysis = analyse(scenario);
	return { scenario, analysis, results: toResultsDocument(analysis) };
}

export const FOSTER = worked('foster-placements');
export const INSOURCING = worked('insourcing');
export const CHILDRENS_TRUST = worked('childrens-trust');
