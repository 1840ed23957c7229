import { error } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { version } from '$app/environment';
import { SCENARIO_PARAM } from '$lib/codec/params';
import { logError } from '$lib/server/http/log';
import { ID_PATTERN } from '$lib/server/links/link-id';
import { siteLinks } from '$lib/server/links/links';
import { keptPageOf } from '$lib/server/pool/pages';
import { blankFigures } from '../../blank-figures.server';
import { CARD_KEY_PARAM } from '$lib/share/card-key';
import type { ShortLink } from '$lib/components/share/short-link';
import type { PageServerLoad } from './$types';

/** Sentences of the error page (./../+error.svelte shows them). */
const NOT_FOUND =
	'There is no comparison at this short link. Check that it was copied whole: short links are ' +
	'8 or more letters and digits, and capitals matter.';
const UNAVAILABLE =
	'The store of short links cannot be reached just now, so this comparison cannot be opened. ' +
	'Try again in a minute.';

/**
 * A kept comparison, at its short link: the comparison page (reused as it is, see
 * ./+page.svelte) with the scenario kept under the id, and both of its links. Server-only,
 * since the scenario is in the database, not the address.
 *
 * Caching: what an id shows never changes, but the page's HTML names this release's scripts,
 * so shared caches keep it five minutes (README, "Short links").
 */
export const load: PageServerLoad = async ({ params, url, setHeaders }) => {
	const { id } = params;
	if (!ID_PATTERN.test(id)) error(404, NOT_FOUND);
	let text: string | null;
	try {
		text = await siteLinks().find(id);
	} catch (failure) {
		logError({ route: '/s/[id]' }, failure);
		error(503, UNAVAILABLE);
	}
	if (text === null) error(404, NOT_FOUND);
	setHeaders({ 'cache-control': 'public, max-age=300' });

	// Read, checked and worked out in the worker pool, as a share link is (issue 10).
	const page = await keptPageOf({ text, release: version });
	const figures = page.figures ?? blankFigures();
	if (!page.kept) return { link: page.link, large: page.large, figures, short: null };

	const href = shortLinkAddress(id, url);
	const card = new URL(`${href}/card.png`);
	card.searchParams.set(CARD_KEY_PARAM, page.kept.cardKey);
	let fullHref: string | null = null;
	if (page.kept.encoded !== null) {
		const full = new URL(resolve('/compare'), url);
		full.searchParams.set(SCENARIO_PARAM, page.kept.encoded);
		fullHref = full.href;
	}
	const short: ShortLink = { id, href, fullHref, card: card.href };
	return {
		/** The kept scenario, as the comparison page reads a link's (or its summary, if large). */
		link: page.link,
		large: page.large,
		/** The figures the page opens with (a new comparison's, for a summary). */
		figures,
		/** The short link, the full link with the whole scenario in it, and the social card. */
		short
	};
};

/**
 * A short link's public address, /s/{id}: src/hooks.ts reroutes it to this route, which sits
 * under /compare because it is the comparison page at another address.
 */
function shortLinkAddress(id: string, url: URL): string {
	return new URL(`s/${id}`, new URL(resolve('/'), url)).href;
}
