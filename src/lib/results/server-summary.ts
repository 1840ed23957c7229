/**
 * What the server sends a page in place of a scenario it does not render in full
 * (src/lib/server/pool/budget.ts): plain strings, worked out in the server's worker pool.
 */

/** One comparison's headline, in words, split so the figure can be emphasised. */
export interface SummaryHeadline {
	option: string;
	before: string;
	figure: string;
	after: string;
	/** "Exactly £12,550,956.14 more." */
	exact: string;
}

/** The title and headlines of a scenario the browser draws in full. */
export interface LargeScenarioSummary {
	/** Null when the server could not work the scenario out in time (see `reason`). */
	title: string | null;
	headlines: SummaryHeadline[];
	/** `large`: over the page's budget; `busy`: the server was too busy or too slow to work it out. */
	reason: 'large' | 'busy';
}
