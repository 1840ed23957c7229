import { openingFigures } from '$lib/state/opening';
import type { PageLoad } from './$types';

/**
 * The kept scenario's figures, as the comparison page's own load gives them (../../+page.ts):
 * worked out in the browser's engine worker, not on the page's main thread.
 */
export const load: PageLoad = async ({ data }) => ({
	...data,
	opening: await openingFigures(data.link?.ok ? data.link.scenario : null)
});
