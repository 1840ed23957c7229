import { version } from '$app/environment';
import { SCENARIO_PARAM } from '$lib/codec/url-codec';
import { A_DAY, AN_HOUR, A_YEAR, cardBusy, cardResponse } from '$lib/server/card/response';
import { PoolBusyError, TimeLimitExceededError } from '$lib/server/pool';
import { cardOf } from '$lib/server/pool/cards';
import type { CardResult } from '$lib/server/pool/tasks';
import { CARD_KEY_PARAM } from '$lib/share/card-key';
import type { RequestHandler } from './$types';

/**
 * The social card of a share link, 1200 × 630 PNG, drawn from the same `s` parameter with the
 * same codec as the page (style.md §21). A link that cannot be read, or no link, gets the
 * generic card: never an error page, since a crawler shows whatever comes back. The link is
 * read and the card drawn in the server's worker pools, within the time limit (src/lib/server/
 * pool/cards.ts); a server too busy to draw it sends the generic card, never kept, and answers
 * 503 with Retry-After only before it has drawn its first card.
 *
 * Caching (see src/lib/share/README.md): the ETag is the card's key, a hash of the state and
 * the release, so a repeat request is answered 304 before anything is drawn. A URL whose `v`
 * is that key names one image for ever and is `immutable`; without `v` (or with a stale one)
 * the image is kept a day, and a card for a broken link an hour.
 */

function cacheControl(card: CardResult, url: URL): string {
	if (card.kind === 'failed' || card.kind === 'busy') return 'no-store';
	if (card.kind === 'broken') return AN_HOUR;
	if (card.kind === 'scenario' && url.searchParams.get(CARD_KEY_PARAM) === card.key) return A_YEAR;
	return A_DAY;
}

export const GET: RequestHandler = async ({ url, request }) => {
	let card: CardResult;
	try {
		// Only the link: the key (`v`) changes how long the card is kept, not what it shows, and
		// the link read for the card is then the one the comparison page reads.
		const state = url.searchParams.get(SCENARIO_PARAM);
		const query = state === null ? '' : new URLSearchParams([[SCENARIO_PARAM, state]]).toString();
		card = await cardOf({ query }, version);
	} catch (error) {
		if (error instanceof TimeLimitExceededError) {
			return cardBusy('Drawing this card took longer than the time limit. Try again later.');
		}
		if (error instanceof PoolBusyError) {
			return cardBusy('The server is too busy to draw this card now. Try again in a few seconds.');
		}
		throw error;
	}
	return cardResponse(card, cacheControl(card, url), request.headers.get('if-none-match'));
};
