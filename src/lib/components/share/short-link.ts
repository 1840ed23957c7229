import { getContext, setContext } from 'svelte';
import type { Scenario } from '$lib/engine/types';
import { scenarioToDocument } from '$lib/schemas/serialize';

/**
 * Short links from the browser: asks the site to keep a scenario (POST /api/v1/links) and
 * says, in words for the person, why it could not when it cannot. The site gives the same
 * link for the same scenario every time, so asking again is harmless.
 */

/** A comparison's short link, as /s/{id} tells the page it opened. */
export interface ShortLink {
	id: string;
	/** The short link, absolute: `https://…/s/{id}`. */
	href: string;
	/** The self-contained link to the same scenario, or null when it is too large for one. */
	fullHref: string | null;
	/** The social card of the short link, absolute, with its cache key. */
	card: string;
}

/** A short link, or why there is none, as the end of a sentence ("…, because {reason}."). */
export type ShortLinkResult =
	{ ok: true; id: string; href: string } | { ok: false; reason: string };

interface Answer {
	id?: unknown;
	url?: unknown;
	detail?: unknown;
}

/**
 * Asks the site at `endpoint` (the path of /api/v1/links) to keep `scenario`.
 *
 * @returns the short link, or the reason in words; never rejects.
 */
export async function requestShortLink(
	scenario: Scenario,
	endpoint: string,
	fetcher: typeof fetch = fetch
): Promise<ShortLinkResult> {
	let response: Response;
	try {
		response = await fetcher(endpoint, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(scenarioToDocument(scenario))
		});
	} catch {
		return { ok: false, reason: 'this site could not be reached' };
	}
	let answer: Answer = {};
	try {
		answer = (await response.json()) as Answer;
	} catch {
		// Not JSON: said by status below.
	}
	if ((response.status === 200 || response.status === 201) && typeof answer.url === 'string') {
		return { ok: true, id: String(answer.id), href: answer.url };
	}
	if (response.status === 429) {
		const wait = Number(response.headers.get('retry-after'));
		return {
			ok: false,
			reason:
				'this site has made many new links for your connection in the last few minutes' +
				(wait > 0 ? ` (try again in ${wait} ${wait === 1 ? 'second' : 'seconds'})` : '')
		};
	}
	if (response.status === 503) {
		return { ok: false, reason: 'the store of short links cannot be reached just now' };
	}
	return { ok: false, reason: 'this site could not keep this comparison' };
}

const CONTEXT = Symbol('short link of the page');

/**
 * Tells the comparison page, rendered inside a short link's page (src/routes/s/[id]), the short
 * link it is shown at: a function, so it follows a navigation from one short link to another.
 */
export function setShortLinkOfPage(short: () => ShortLink | null): void {
	setContext(CONTEXT, short);
}

/** The short link the page is shown at, if any (see {@link setShortLinkOfPage}). */
export function shortLinkOfPage(): () => ShortLink | null {
	return getContext<(() => ShortLink | null) | undefined>(CONTEXT) ?? (() => null);
}
