import { error } from '@sveltejs/kit';
import { version } from '$app/environment';
import { analyse, toResultsDocument } from '$lib/engine';
import { parseScenario } from '$lib/schemas/scenario';
import { buildCardTree, renderCardPng } from '$lib/server/card';
import { logError } from '$lib/server/http/log';
import { ID_PATTERN } from '$lib/server/links/link-id';
import { siteLinks } from '$lib/server/links/links';
import { CARD_KEY_PARAM, cardKey } from '$lib/share/card-key';
import type { RequestHandler } from './$types';

/**
 * The social card of a short link, 1200 × 630 PNG, drawn as /compare/card.png draws a full
 * link's. The id fixes the scenario for ever and the key (`v`) fixes the release, so a URL
 * whose `v` matches is cached for good; without it, a day (caches key it by the id alone).
 */

const A_YEAR = 'public, max-age=31536000, immutable';
const A_DAY = 'public, max-age=86400';

export const GET: RequestHandler = async ({ params, url, request }) => {
	if (!ID_PATTERN.test(params.id)) error(404, 'There is no comparison at this short link.');
	let text: string | null;
	try {
		text = await siteLinks().find(params.id);
	} catch (failure) {
		logError({ route: '/s/[id]/card.png' }, failure);
		error(503, 'The store of short links cannot be reached just now.');
	}
	if (text === null) error(404, 'There is no comparison at this short link.');
	const parsed = parseScenario(JSON.parse(text));
	if (!parsed.ok) error(404, 'The comparison at this short link cannot be read by this release.');
	const { scenario } = parsed;
	const key = cardKey(scenario, version);
	const etag = `"${key}"`;
	const cacheControl = url.searchParams.get(CARD_KEY_PARAM) === key ? A_YEAR : A_DAY;
	const asked = request.headers.get('if-none-match');
	if (asked?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
		return new Response(null, { status: 304, headers: { etag, 'cache-control': cacheControl } });
	}
	const analysis = analyse(scenario);
	const png = await renderCardPng(buildCardTree(scenario, analysis, toResultsDocument(analysis)));
	return new Response(png, {
		headers: {
			etag,
			'cache-control': cacheControl,
			'content-type': 'image/png',
			'content-length': String(png.byteLength)
		}
	});
};
