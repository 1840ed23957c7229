import { resolve } from '$app/paths';
import { scenarioFromSearchParams, SCENARIO_PARAM } from '$lib/codec/url-codec';
import { analyse, toResultsDocument } from '$lib/engine';
import { embedTheme, THEME_PARAM, type EmbedTheme } from '$lib/share/embed';
import { embedView, type EmbedView } from './embed-view';
import type { PageServerLoad } from './$types';

/** A route's path from the site's root: `resolve` gives paths relative to the page while it renders. */
function pathOf(route: string, page: URL): string {
	return new URL(route, page).pathname;
}

/**
 * The embed reads the same `s` parameter with the same codec as the page, the print view and
 * the card (style.md §21), plus `theme`. It loads on the server only (unlike `/compare`'s
 * universal load) so the browser of a news site's reader gets the figures as text and a small
 * script, not the engine: the embed never recomputes anything.
 */
export const load: PageServerLoad = async ({ url, setHeaders }) => {
	// The same address always shows the same thing within a release, and news sites send many
	// readers to one embed: let shared caches keep it a few minutes.
	setHeaders({ 'cache-control': 'public, max-age=300' });
	const theme: EmbedTheme = embedTheme(url.searchParams.get(THEME_PARAM));
	const link = await scenarioFromSearchParams(url.searchParams);
	const state = url.searchParams.get(SCENARIO_PARAM);
	if (!link?.ok || state === null) {
		return {
			theme,
			view: null,
			/** Why there is nothing to show, in a sentence. */
			problem: link?.ok === false ? link.reason : 'This embed does not name a comparison to show.',
			compareHref: pathOf(resolve('/compare'), url)
		};
	}
	const analysis = analyse(link.scenario);
	const view: EmbedView = embedView(link.scenario, analysis, toResultsDocument(analysis));
	return {
		/** "light" or "dark". */
		theme,
		/** Headlines and the chart's data, as plain text and numbers. */
		view,
		problem: null,
		/**
		 * The full comparison this embed shows: the same link, on the comparison page. A path,
		 * not a whole URL, so the frame's own address supplies the scheme and host, whatever
		 * the server behind a proxy believes them to be.
		 */
		compareHref: `${pathOf(resolve('/compare'), url)}?${new URLSearchParams([[SCENARIO_PARAM, state]])}`
	};
};
