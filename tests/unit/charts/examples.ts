/** The worked examples, parsed as the page parses them, with their analysis and results. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyse, toResultsDocument } from '$lib/engine';
import type { Analysis, ResultsDocument, Scenario } from '$lib/engine';
import { parseScenario } from '$lib/schemas/scenario';

const folder = fileURLToPath(new URL('../../fixtures/examples/', import.meta.url));

export type ExampleName = 'foster-placements' | 'childrens-trust' | 'insourcing';

export interface Worked {
	scenario: Scenario;
	analysis: Analysis;
	results: ResultsDocument;
}

/** An example scenario file as JSON, to build variants from. */
export function exampleJson(name: ExampleName): Record<string, unknown> {
	return JSON.parse(readFileSync(`${folder}${name}.json`, 'utf8'));
}

/** The example's expected results document, as committed. */
export function expectedResults(name: ExampleName): ResultsDocument {
	return JSON.parse(readFileSync(`${folder}${name}.expected.json`, 'utf8'));
}

/** Parses a scenario document and works it out; throws on an invalid document. */
export function work(input: unknown): Worked {
	const parsed = parseScenario(input);
	if (!parsed.ok) {
		throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
	}
	const analysis = analyse(parsed.scenario);
	return { scenario: parsed.scenario, analysis, results: toResultsDocument(analysis) };
}

/** A worked example, parsed and worked out. */
export function example(name: ExampleName): Worked {
	return work(exampleJson(name));
}

/** A scenario that the engine's types accept, worked out without the schema. */
export function workScenario(scenario: Scenario): Worked {
	const analysis = analyse(scenario);
	return { scenario, analysis, results: toResultsDocument(analysis) };
}
