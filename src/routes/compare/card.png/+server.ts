import { version } from '$app/environment';
import { scenarioFromSearchParams } from '$lib/codec/url-codec';
import { analyse, toResultsDocument } from '$lib/engine';
import { buildCardTree, genericCardTree, renderCardPng, type CardElement } from '$lib/server/card';
import { CARD_KEY_PARAM, cardKey, genericCardKey } from '$lib/share/card-key';
import type { RequestHandler } from './$types';

/**
 * The social card of a share link, 1200 × 630 PNG, drawn from the same `s` parameter with the
 * same codec as the page (style.md §21). A link that cannot be read, or no link, gets the
 * generic card: never an error page, since a crawler shows whatever comes back.
 *
 * Caching (see src/lib/share/README.md): the ETag is the card's key, a hash of the state and
 * the release, so a repeat request is answered 304 before anything is drawn. A URL whose `v`
 * is that key names one image for ever and is `immutable`; without `v` (or with a stale one)
 * the image is kept a day, and a card for a broken link an hour.
 */

const A_YEAR = 'public, max-age=31536000, immutable';
const A_DAY = 'public, max-age=86400';
const AN_HOUR = 'public, max-age=3600';

interface Card {
	key: string;
	cacheControl: string;
	tree: () => CardElement;
}

async function cardFor(url: URL): Promise<Card> {
	const link = await scenarioFromSearchParams(url.searchParams);
	if (link === null) {
		return { key: genericCardKey(version), cacheControl: A_DAY, tree: genericCardTree };
	}
	if (!link.ok) {
		return { key: genericCardKey(version), cacheControl: AN_HOUR, tree: genericCardTree };
	}
	const { scenario } = link;
	const key = cardKey(scenario, version);
	return {
		key,
		cacheControl: url.searchParams.get(CARD_KEY_PARAM) === key ? A_YEAR : A_DAY,
		tree: () => {
			const analysis = analyse(scenario);
			return buildCardTree(scenario, analysis, toResultsDocument(analysis));
		}
	};
}

/** True when an If-None-Match header names this ETag (weak comparison, RFC 9110 §13.1.2). */
function notModified(header: string | null, etag: string): boolean {
	if (header === null) return false;
	if (header.trim() === '*') return true;
	return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

export const GET: RequestHandler = async ({ url, request }) => {
	const card = await cardFor(url);
	const etag = `"${card.key}"`;
	if (notModified(request.headers.get('if-none-match'), etag)) {
		return new Response(null, {
			status: 304,
			headers: { etag, 'cache-control': card.cacheControl }
		});
	}
	let png: Uint8Array<ArrayBuffer>;
	let headers: Record<string, string> = { etag, 'cache-control': card.cacheControl };
	try {
		png = await renderCardPng(card.tree());
	} catch (error) {
		// A scenario the card cannot draw is a bug, but the link still deserves an image: the
		// generic one, kept by nobody, so the scenario's own card appears once it is fixed.
		console.error('The social card could not be drawn; sent the generic card instead.', error);
		png = await renderCardPng(genericCardTree());
		headers = { 'cache-control': 'no-store' };
	}
	return new Response(png, {
		headers: { ...headers, 'content-type': 'image/png', 'content-length': String(png.byteLength) }
	});
};
