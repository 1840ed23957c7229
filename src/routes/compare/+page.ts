import { scenarioFromSearchParams, type DecodeResult } from '$lib/codec/url-codec';
import type { PageLoad } from './$types';

/**
 * Reads the scenario from the share link. Universal, so a link renders its figures on the
 * server for readers without JavaScript and for link previews, and again in the browser with
 * the same pure engine. Decoding never throws: a bad link comes back as a reason to show.
 */
export const load: PageLoad = async ({ url }) => {
	const link: DecodeResult | null = await scenarioFromSearchParams(url.searchParams);
	return { link };
};
