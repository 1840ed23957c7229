import { packFigures, type OpeningFigures } from '$lib/compute/figures';
import { analyse, toResultsDocument } from '$lib/engine';
import { presetOrigin, type PresetOrigin } from '$lib/presets/origin';
import { buildHeadlines } from '$lib/results/headline';
import type { PageLink } from '$lib/server/pool/tasks';
import { blankScenario, currentFinancialYear } from '$lib/state/blank';

/**
 * The figures of a new comparison, for a comparison page opened with no link or a broken one
 * (./+page.server.ts, ./s/[id]/+page.server.ts): no costs yet, so working them out here, on the
 * event loop, takes a fraction of a millisecond.
 */
export function blankFigures(today: Date = new Date()): OpeningFigures {
	const scenario = blankScenario(currentFinancialYear(today));
	const analysis = analyse(scenario);
	const results = toResultsDocument(analysis);
	return {
		...packFigures(scenario, analysis, results),
		headlines: buildHeadlines(analysis, results)
	};
}

/**
 * The preset that the scenario a page opens with started from, for "What changed": the worker
 * pool's answer with a link's figures, else worked out here for a new comparison (its options
 * have no lines, so matching them against the presets, which are read once, is quick).
 * Undefined when the page opens with no figures (a summary): the browser works it out.
 */
export function openingOrigin(
	page: PageLink,
	figures: OpeningFigures | null
): PresetOrigin | null | undefined {
	if (figures === null) return undefined;
	if (figures === page.figures && page.origin !== undefined) return page.origin;
	return presetOrigin(figures.scenario);
}
