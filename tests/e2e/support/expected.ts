import { expect, type Page } from '@playwright/test';
/**
 * What the engine says a scenario's figures are, worked out in the test process with the same
 * engine and validator the page uses, so browser tests compare the page against the engine
 * rather than against numbers typed into the test.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyse, toResultsDocument, type ResultsDocument } from '../../../src/lib/engine';
import type { Scenario } from '../../../src/lib/engine/types';
import { formatPounds } from '../../../src/lib/format/money';
import { parseScenario } from '../../../src/lib/schemas/scenario';

export const EXAMPLES = ['foster-placements', 'childrens-trust', 'insourcing'] as const;
export type ExampleName = (typeof EXAMPLES)[number];

export function examplePath(name: ExampleName): string {
	return fileURLToPath(new URL(`../../fixtures/examples/${name}.json`, import.meta.url));
}

export function exampleScenario(name: ExampleName): Scenario {
	const parsed = parseScenario(JSON.parse(readFileSync(examplePath(name), 'utf8')));
	if (!parsed.ok) throw new Error(`${name}: ${parsed.problems[0].message}`);
	return parsed.scenario;
}

export function results(scenario: Scenario): ResultsDocument {
	return toResultsDocument(analyse(scenario));
}

/** "Exactly £12,550,956.14 more." — the headline's exact line for the first comparison. */
export function exactLine(scenario: Scenario): string {
	const difference = results(scenario).comparisons[0].difference.presentValue;
	if (/^-?0\.00$/.test(difference)) return 'Exactly the same, to the penny.';
	const negative = difference.startsWith('-');
	return `Exactly ${formatPounds(negative ? difference.slice(1) : difference)} ${negative ? 'less' : 'more'}.`;
}

/** The `s` parameter of the frozen foster link fixture: a link as published. */
export function fosterLinkParameter(): string {
	const link = readFileSync(
		fileURLToPath(new URL('../../fixtures/links/v1-foster.txt', import.meta.url)),
		'utf8'
	).trim();
	return new URL(link).searchParams.get('s') ?? '';
}

/** Imports a scenario file through the page's "Import scenario" box, once the page is running. */
export async function importScenarioFile(page: Page, file: string): Promise<void> {
	const box = page.getByLabel('Import scenario');
	await expect(box).toBeEnabled();
	await box.setInputFiles(file);
}
