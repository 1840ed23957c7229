import { pageLinkOf } from '$lib/server/pool/pages';
import { blankFigures } from './blank-figures.server';
import type { PageServerLoad } from './$types';

/**
 * The share link, read in the server's worker pool: the page renders its figures on the
 * server for readers without JavaScript and for link previews, but never works a scenario out
 * on the event loop, and a scenario over the page's budget comes as a summary (see +page.ts).
 * `figures` are what the page opens with (the link's, or a new comparison's), packed, so the
 * browser hydrates without working anything out; null for a summary, which the browser works
 * out for itself.
 */
export const load: PageServerLoad = async ({ url }) => {
	const page = await pageLinkOf(url);
	return { ...page, figures: page.figures ?? (page.large ? null : blankFigures()) };
};
