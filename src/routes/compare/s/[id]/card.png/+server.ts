import { error } from '@sveltejs/kit';
import { version } from '$app/environment';
import { logError } from '$lib/server/http/log';
import { ID_PATTERN } from '$lib/server/links/link-id';
import { siteLinks } from '$lib/server/links/links';
import { A_DAY, A_YEAR, cardBusy, cardResponse } from '$lib/server/card/response';
import { PoolBusyError, TimeLimitExceededError } from '$lib/server/pool';
import { cardOf } from '$lib/server/pool/cards';
import type { CardResult } from '$lib/server/pool/tasks';
import { CARD_KEY_PARAM } from '$lib/share/card-key';
import type { RequestHandler } from './$types';

/**
 * The social card of a short link, 1200 × 630 PNG, drawn as /compare/card.png draws a full
 * link's: in the server's worker pool, within the time limit. The id fixes the scenario for
 * ever and the key (`v`) fixes the release, so a URL whose `v` matches is cached for good;
 * without it, a day (caches key it by the id alone).
 */

const NOT_FOUND = 'There is no comparison at this short link.';

export const GET: RequestHandler = async ({ params, url, request }) => {
	if (!ID_PATTERN.test(params.id)) error(404, NOT_FOUND);
	let text: string | null;
	try {
		text = await siteLinks().find(params.id);
	} catch (failure) {
		logError({ route: '/s/[id]/card.png' }, failure);
		error(503, 'The store of short links cannot be reached just now.');
	}
	if (text === null) error(404, NOT_FOUND);
	let card: CardResult;
	try {
		card = await cardOf({ query: '', kept: { text, release: version } }, version);
	} catch (failure) {
		if (failure instanceof TimeLimitExceededError) {
			return cardBusy('Drawing this card took longer than the time limit. Try again later.');
		}
		if (failure instanceof PoolBusyError) {
			return cardBusy('The server is too busy to draw this card now. Try again in a few seconds.');
		}
		throw failure;
	}
	if (card.kind === 'broken')
		error(404, 'The comparison at this short link cannot be read by this release.');
	const cacheControl =
		card.kind === 'failed' || card.kind === 'busy'
			? 'no-store'
			: url.searchParams.get(CARD_KEY_PARAM) === card.key
				? A_YEAR
				: A_DAY;
	return cardResponse(card, cacheControl, request.headers.get('if-none-match'));
};
