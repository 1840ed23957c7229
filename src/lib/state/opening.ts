import type { Scenario } from '../engine/types';
import { figuresOfValid } from '../compute/engine-client';
import { unpack, unpackAnalysis } from '../compute/packed';
import { blankScenario, currentFinancialYear } from './blank';
import type { Figures } from './comparison.svelte';

/**
 * The figures a comparison page opens with: the link's scenario (already read and checked on
 * the server), or a new comparison. The page's load function awaits them, so the page is
 * rendered and hydrated with them. On the server they are worked out there, as the page is
 * rendered; in the browser, in the engine worker (`$lib/compute`), so the engine's code stays
 * out of the page's first-load JavaScript and off its main thread (issue 12). Where that fails,
 * the engine is loaded on the main thread.
 */
export async function openingFigures(linked: Scenario | null): Promise<Figures> {
	const scenario = linked ?? blankScenario(currentFinancialYear(new Date()));
	if (import.meta.env.SSR) {
		const { analyse, toResultsDocument } = await import('../engine');
		const analysis = analyse(scenario);
		return { scenario, analysis, results: toResultsDocument(analysis) };
	}
	const worked =
		(await figuresOfValid(scenario)) ?? (await import('../compute/figures')).figuresFor(scenario);
	// The scenario itself, not the worker's copy: the page compares it by identity.
	return { scenario, analysis: unpackAnalysis(worked.analysis), results: unpack(worked.results) };
}
