import { RETRY_AFTER_SECONDS } from '../pool';
import type { CardResult } from '../pool/tasks';

/**
 * How both card routes (a share link's, /compare/card.png, and a short link's,
 * /s/{id}/card.png) answer: the same cache lifetimes, the same 503 when the pool cannot draw a
 * card in time, and the same PNG response with the card's key as its ETag.
 */

/** A URL whose `v` matches the card's key names one image for ever. */
export const A_YEAR = 'public, max-age=31536000, immutable';
/** A card asked for without its key (or with a stale one). */
export const A_DAY = 'public, max-age=86400';
/** The card of a link that cannot be read. */
export const AN_HOUR = 'public, max-age=3600';

/** 503 with Retry-After, never cached: crawlers try again. */
export function cardBusy(detail: string): Response {
	return new Response(detail, {
		status: 503,
		headers: {
			'content-type': 'text/plain; charset=utf-8',
			'cache-control': 'no-store',
			'retry-after': String(RETRY_AFTER_SECONDS)
		}
	});
}

/** True when an If-None-Match header names this ETag (weak comparison, RFC 9110 §13.1.2). */
export function notModified(header: string | null, etag: string): boolean {
	if (header === null) return false;
	if (header.trim() === '*') return true;
	return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** The card as drawn, or 304 when the asker already has it (`ifNoneMatch` names its key). */
export function cardResponse(
	card: CardResult,
	cacheControl: string,
	ifNoneMatch: string | null
): Response {
	const headers = { etag: `"${card.key}"`, 'cache-control': cacheControl };
	if (notModified(ifNoneMatch, headers.etag)) return new Response(null, { status: 304, headers });
	const png = new Uint8Array(card.png);
	return new Response(png, {
		headers: { ...headers, 'content-type': 'image/png', 'content-length': String(png.byteLength) }
	});
}
