import { version } from '$app/environment';
import { COMPUTE_TIME_LIMIT_MS } from '$lib/server/api/limits';
import {
	PoolBusyError,
	RETRY_AFTER_SECONDS,
	runInPool,
	TimeLimitExceededError
} from '$lib/server/pool';
import type { CardResult } from '$lib/server/pool/tasks';
import { CARD_KEY_PARAM } from '$lib/share/card-key';
import type { RequestHandler } from './$types';

/**
 * The social card of a share link, 1200 × 630 PNG, drawn from the same `s` parameter with the
 * same codec as the page (style.md §21). A link that cannot be read, or no link, gets the
 * generic card: never an error page, since a crawler shows whatever comes back. The link is
 * read and the card drawn in the server's worker pool, within the time limit; a server too
 * busy to draw it answers 503 with Retry-After, which crawlers retry.
 *
 * Caching (see src/lib/share/README.md): the ETag is the card's key, a hash of the state and
 * the release, so a repeat request is answered 304 before anything is drawn. A URL whose `v`
 * is that key names one image for ever and is `immutable`; without `v` (or with a stale one)
 * the image is kept a day, and a card for a broken link an hour.
 */

const A_YEAR = 'public, max-age=31536000, immutable';
const A_DAY = 'public, max-age=86400';
const AN_HOUR = 'public, max-age=3600';

function cacheControl(card: CardResult, url: URL): string {
	if (card.kind === 'failed') return 'no-store';
	if (card.kind === 'broken') return AN_HOUR;
	if (card.kind === 'scenario' && url.searchParams.get(CARD_KEY_PARAM) === card.key) return A_YEAR;
	return A_DAY;
}

function busy(detail: string): Response {
	return new Response(detail, {
		status: 503,
		headers: {
			'content-type': 'text/plain; charset=utf-8',
			'cache-control': 'no-store',
			'retry-after': String(RETRY_AFTER_SECONDS)
		}
	});
}

export const GET: RequestHandler = async ({ url, request }) => {
	let card: CardResult;
	try {
		card = await runInPool<CardResult>(
			{
				kind: 'card',
				query: url.searchParams.toString(),
				release: version,
				ifNoneMatch: request.headers.get('if-none-match')
			},
			COMPUTE_TIME_LIMIT_MS
		);
	} catch (error) {
		if (error instanceof TimeLimitExceededError) {
			return busy('Drawing this card took longer than the time limit. Try again later.');
		}
		if (error instanceof PoolBusyError) {
			return busy('The server is too busy to draw this card now. Try again in a few seconds.');
		}
		throw error;
	}
	const headers = { etag: `"${card.key}"`, 'cache-control': cacheControl(card, url) };
	if (card.png === null) return new Response(null, { status: 304, headers });
	const png = new Uint8Array(card.png);
	return new Response(png, {
		headers: { ...headers, 'content-type': 'image/png', 'content-length': String(png.byteLength) }
	});
};
