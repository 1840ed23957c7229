import { browser } from '$app/environment';
import { scenarioFromSearchParams } from '$lib/codec/url-codec';
import type { PageLoad } from './$types';

/**
 * The page's data: `link`, the share link's scenario or why it could not be read (null with
 * no link), and `large`, the summary the server made of a scenario too large to render there
 * (+page.server.ts). On the server both come from the worker pool. In the browser the link is
 * read again here, with the same pure codec, so the page works a large scenario out for itself
 * (+layout.svelte shows the summary until it does). Decoding never throws.
 */
export const load: PageLoad = async ({ url, data }) => {
	if (!browser || data.link !== null || data.large === null) return data;
	return { ...data, link: await scenarioFromSearchParams(url.searchParams) };
};
