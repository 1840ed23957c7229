import { error } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { version } from '$app/environment';
import { DECODE_REASONS, encodeScenario, SCENARIO_PARAM } from '$lib/codec/url-codec';
import type { DecodeResult } from '$lib/codec/url-codec';
import { parseScenario } from '$lib/schemas/scenario';
import { logError } from '$lib/server/http/log';
import { ID_PATTERN } from '$lib/server/links/link-id';
import { siteLinks } from '$lib/server/links/links';
import { CARD_KEY_PARAM, cardKey } from '$lib/share/card-key';
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

	const parsed = parseScenario(JSON.parse(text));
	const link: DecodeResult = parsed.ok
		? { ok: true, scenario: parsed.scenario }
		: {
				ok: false,
				code: 'invalid-scenario',
				reason: DECODE_REASONS.invalidScenario(parsed.problems.length),
				problems: parsed.problems
			};
	if (!parsed.ok) return { link, short: null };

	const href = new URL(resolve('/s/[id]', { id }), url).href;
	const card = new URL(resolve('/s/[id]/card.png', { id }), url);
	card.searchParams.set(CARD_KEY_PARAM, cardKey(parsed.scenario, version));
	let fullHref: string | null = null;
	try {
		const full = new URL(resolve('/compare'), url);
		full.searchParams.set(SCENARIO_PARAM, await encodeScenario(parsed.scenario));
		fullHref = full.href;
	} catch {
		// Too large for a self-contained link: the short link is the only one.
	}
	const short: ShortLink = { id, href, fullHref, card: card.href };
	return {
		/** The kept scenario, as the comparison page reads a link's. */
		link,
		/** The short link, the full link with the whole scenario in it, and the social card. */
		short
	};
};
