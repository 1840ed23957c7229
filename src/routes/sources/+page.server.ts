import { PRESETS } from '$lib/presets';
import { figureGroups } from '$lib/presets/figures';
import { sourceView, type SourceView } from '$lib/workings';
import type { PageServerLoad } from './$types';

/** One figure as the page lists it. */
export interface FigureView {
	/** The source's id, also the figure's anchor on the page. */
	id: string;
	/** The figure in words. */
	figure: string;
	/** What to know before repeating it, if anything. */
	caution?: string;
	/** Title, publisher, date in words, address, exact quote, strength and "via". */
	source: SourceView;
	/** Where the presets use it: each preset's id and title, and the lines that cite it. */
	uses: { preset: string; presetTitle: string; lines: string[] }[];
}

/**
 * Every figure the presets use, grouped by topic, ready to show: the page a journalist checks
 * them on. Assumptions come last, under their own heading.
 */
export const load: PageServerLoad = () => {
	const groups = figureGroups(PRESETS).map((group) => ({
		topic: group.topic,
		title: group.title,
		figures: group.figures.map((listing): FigureView => ({
			id: listing.source.id,
			figure: listing.figure,
			...(listing.caution === undefined ? {} : { caution: listing.caution }),
			source: sourceView(listing.source),
			uses: listing.uses
		}))
	}));
	return { groups };
};
