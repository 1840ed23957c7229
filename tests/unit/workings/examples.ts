/** The worked examples (tests/fixtures/examples), parsed and analysed once, for workings tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyse, type Analysis, type Scenario } from '$lib/engine';
import { parseScenario } from '$lib/schemas/scenario';
import { buildWorking, stepText, type FigureRef, type Working } from '$lib/workings';

const folder = fileURLToPath(new URL('../../fixtures/examples/', import.meta.url));

export type ExampleName = 'foster-placements' | 'childrens-trust' | 'insourcing';

export interface Example {
	scenario: Scenario;
	analysis: Analysis;
}

const cache = new Map<ExampleName, Example>();

export function example(name: ExampleName): Example {
	const cached = cache.get(name);
	if (cached) return cached;
	const parsed = parseScenario(JSON.parse(readFileSync(`${folder}${name}.json`, 'utf8')));
	if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
	const loaded = { scenario: parsed.scenario, analysis: analyse(parsed.scenario) };
	cache.set(name, loaded);
	return loaded;
}

/** The working of a figure of a worked example. */
export function working(name: ExampleName, ref: FigureRef): Working {
	const { scenario, analysis } = example(name);
	return buildWorking(ref, scenario, analysis);
}

/** A working's steps as plain lines of text. */
export function lines(name: ExampleName, ref: FigureRef): string[] {
	return working(name, ref).steps.map(stepText);
}
