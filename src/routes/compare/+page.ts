import { browser } from '$app/environment';
import type { PageLoad } from './$types';

/**
 * The page's data: `link`, the share link's scenario or why it could not be read (null with
 * no link), and `large`, the summary the server made of a scenario too large to render there
 * (+page.server.ts). On the server both come from the worker pool. In the browser a large
 * scenario's link is read again here, with the same pure codec, so the page works it out for
 * itself (+layout.svelte shows the summary until it does). The codec is imported only then, so
 * it stays out of the page's first-load JavaScript. Decoding never throws.
 */
export const load: PageLoad = async ({ url, data }) => {
	if (!browser || data.link !== null || data.large === null) return data;
	const { scenarioFromSearchParams } = await import('$lib/codec/url-codec');
	return { ...data, link: await scenarioFromSearchParams(url.searchParams) };
};
