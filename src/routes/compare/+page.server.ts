import { scenarioFromSearchParams, type DecodeResult } from '$lib/codec/url-codec';
import type { PageServerLoad } from './$types';

/**
 * Reads the scenario from the share link, on the server only, so a link renders its figures
 * for readers without JavaScript and for link previews, and the browser receives the decoded
 * scenario: the link decoder and the format's schemas are not part of the page's JavaScript
 * (validation in the browser happens in the engine worker). Decoding never throws: a bad link
 * comes back as a reason to show.
 */
export const load: PageServerLoad = async ({ url }) => {
	const link: DecodeResult | null = await scenarioFromSearchParams(url.searchParams);
	return { link };
};
