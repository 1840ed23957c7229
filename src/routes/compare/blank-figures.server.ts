import type { OpeningFigures } from '$lib/compute/figures';
import { analyse, toResultsDocument } from '$lib/engine';
import { openingFigures } from '$lib/server/opening-figures';
import { blankScenario, currentFinancialYear } from '$lib/state/blank';

/**
 * The figures of a new comparison, for a comparison page opened with no link or a broken one
 * (./+page.server.ts, ./s/[id]/+page.server.ts): no costs yet, so working them out here, on the
 * event loop, takes a fraction of a millisecond.
 */
export function blankFigures(today: Date = new Date()): OpeningFigures {
	const scenario = blankScenario(currentFinancialYear(today));
	const analysis = analyse(scenario);
	return openingFigures(scenario, analysis, toResultsDocument(analysis));
}
