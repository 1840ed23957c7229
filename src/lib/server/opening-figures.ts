import { packFigures, type OpeningFigures } from '$lib/compute/figures';
import type { Analysis, ResultsDocument } from '$lib/engine';
import type { Scenario } from '$lib/engine/types';
import { presetOrigin } from '$lib/presets/origin';
import { buildHeadlines } from '$lib/results/headline';

/**
 * The figures a comparison page opens with, as the server sends them: packed as the engine
 * worker packs them, with the headlines the server draws from them and the preset the scenario
 * started from, so that hydrating the page works out none of these again (issue 12).
 */
export function openingFigures(
	scenario: Scenario,
	analysis: Analysis,
	results: ResultsDocument
): OpeningFigures {
	return {
		...packFigures(scenario, analysis, results),
		headlines: buildHeadlines(analysis, results),
		origin: presetOrigin(scenario)
	};
}
