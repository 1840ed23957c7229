import { browser } from '$app/environment';
import type { PageLoad } from './$types';

/**
 * The page's data: `link`, the share link's scenario or why it could not be read (null with
 * no link), and `large`, the summary the server made of a scenario too large to render there
 * (+page.server.ts). On the server both come from the worker pool. In the browser a large
 * scenario's link is read again here, with the same pure codec, so the page works it out for
 * itself (+layout.svelte shows the summary until it does), and works out the figures it opens
 * with, which the server sends for every other page. The codec and the engine are imported
 * only then, so they stay out of the page's first-load JavaScript. Decoding never throws.
 */
export const load: PageLoad = async ({ url, data }) => {
	if (!browser || data.link !== null || data.large === null) return data;
	const [{ scenarioFromSearchParams }, { figuresFor }, { blankScenario, currentFinancialYear }] =
		await Promise.all([
			import('$lib/codec/url-codec'),
			import('$lib/compute/figures'),
			import('$lib/state/blank')
		]);
	const link = await scenarioFromSearchParams(url.searchParams);
	const opened = link?.ok ? link.scenario : blankScenario(currentFinancialYear(new Date()));
	const { scenario, analysis, results } = figuresFor(opened);
	return { ...data, link, figures: { scenario, analysis, results } };
};
