import { resolve } from '$app/paths';
import { SCENARIO_PARAM } from '$lib/codec/url-codec';
import { COMPUTE_TIME_LIMIT_MS } from '$lib/server/api/limits';
import { markUncacheable } from '$lib/server/http/page-cache';
import { PoolBusyError, runInPool, TimeLimitExceededError } from '$lib/server/pool';
import type { EmbedResult } from '$lib/server/pool/tasks';
import { embedTheme, THEME_PARAM, type EmbedTheme } from '$lib/share/embed';
import type { PageServerLoad } from './$types';

/** A route's path from the site's root: `resolve` gives paths relative to the page while it renders. */
function pathOf(route: string, page: URL): string {
	return new URL(route, page).pathname;
}

/**
 * The embed reads the same `s` parameter with the same codec as the page, the print view and
 * the card (style.md §21), plus `theme`. It loads on the server only (unlike `/compare`'s
 * universal load) so the browser of a news site's reader gets the figures as text and a small
 * script, not the engine: the embed never recomputes anything. The link is read and worked out
 * in the server's worker pool, within the time limit.
 */
async function embedOf(url: URL): Promise<EmbedResult & { busy?: true }> {
	if (!url.searchParams.has(SCENARIO_PARAM)) {
		return { ok: false, problem: 'This embed does not name a comparison to show.' };
	}
	try {
		return await runInPool<EmbedResult>(
			{ kind: 'embed', query: url.searchParams.toString() },
			COMPUTE_TIME_LIMIT_MS
		);
	} catch (error) {
		if (error instanceof TimeLimitExceededError || error instanceof PoolBusyError) {
			markUncacheable();
			return {
				ok: false,
				busy: true,
				problem:
					'The server was too busy to work this comparison out just now. Reload the page in a few seconds, or open the full comparison.'
			};
		}
		throw error;
	}
}

export const load: PageServerLoad = async ({ url, setHeaders }) => {
	const theme: EmbedTheme = embedTheme(url.searchParams.get(THEME_PARAM));
	const embed = await embedOf(url);
	// The same address always shows the same thing within a release, and news sites send many
	// readers to one embed: let shared caches keep it a few minutes. A busy server's apology is
	// never kept.
	setHeaders({ 'cache-control': embed.busy ? 'no-store' : 'public, max-age=300' });
	const state = url.searchParams.get(SCENARIO_PARAM);
	if (!embed.ok || state === null) {
		return {
			theme,
			view: null,
			/** Why there is nothing to show, in a sentence. */
			problem: embed.ok ? 'This embed does not name a comparison to show.' : embed.problem,
			compareHref: pathOf(resolve('/compare'), url)
		};
	}
	const view = embed.view;
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
