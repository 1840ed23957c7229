import type { Analysis, Scenario } from '../engine/index';
import { bestStrength, lineSources } from '../workings/sources';

/**
 * The lines a comparison's headline rests on that have nothing better than an anecdote or an
 * assumption behind them, so the page can say so beside the headline. A line counts by its
 * best source (one official figure beside an anecdote is enough), as in the workings.
 */
export interface WeakLines {
	/** Lines whose best source is anecdotal: "Foster placements (In-house foster carers)". */
	anecdotal: string[];
	/** Lines whose best source is an assumption made for the scenario. */
	assumption: string[];
}

/**
 * The weak lines behind the headline: every line of every option that adds something to the
 * present value (a line worth nothing changes no difference), named with its option when
 * there is more than one. Empty when there is nothing to compare.
 */
export function weakLines(scenario: Scenario, analysis: Analysis): WeakLines {
	const weak: WeakLines = { anecdotal: [], assumption: [] };
	if (analysis.comparisons.length === 0) return weak;
	const named = scenario.options.length > 1;
	for (const option of scenario.options) {
		const figures = analysis.options.find((each) => each.id === option.id);
		for (const line of option.lines) {
			const total = figures?.lines.find((each) => each.id === line.id)?.total.presentValue;
			if (total === undefined || total.isZero()) continue;
			const best = bestStrength(lineSources(scenario, line).map((source) => source.strength));
			if (best !== 'anecdotal' && best !== 'assumption') continue;
			weak[best].push(named ? `${line.label} (${option.name})` : line.label);
		}
	}
	return weak;
}

/** The warning every summary of a result carries when the page shows its weak-evidence notice. */
export const WEAK_EVIDENCE_WARNING =
	'Parts of this result rest on weak evidence: an anecdote or an assumption, not a published figure.';

/**
 * The weak-evidence warning for a summary of the result (gallery, social card, embed), exactly
 * when the page shows its notice beside the headline; null otherwise.
 */
export function weakEvidenceWarning(scenario: Scenario, analysis: Analysis): string | null {
	const weak = weakLines(scenario, analysis);
	return weak.anecdotal.length > 0 || weak.assumption.length > 0 ? WEAK_EVIDENCE_WARNING : null;
}
