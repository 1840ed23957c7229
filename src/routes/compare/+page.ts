import { browser } from '$app/environment';
import type { PageLoad } from './$types';
import { partsDrawnByServer } from './parts';

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
	// `import.meta.env.SSR` is a constant of each build: the browser's has none of this.
	if (import.meta.env.SSR) return { ...data, parts: await partsDrawnByServer() };
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
