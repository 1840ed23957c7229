import { browser } from '$app/environment';
import { resolve } from '$app/paths';
import { scenarioFromSearchParams } from '$lib/codec/url-codec';
import { sameComparisonAt, UNIT_PARAM } from '$lib/export/links';
import { MONEY_UNITS, type MoneyUnit } from '$lib/format/units';
import type { PageLoad } from './$types';

/**
 * Reads the report's comparison from the same `s` parameter as the comparison page, with the
 * same codec (style.md §21), so a share link prints by changing its path only. On the server
 * the link is read in the worker pool (+page.server.ts): `link`, the scenario or why it could
 * not be read, or null; `large`, the summary of a scenario too large to render there. In the
 * browser a large scenario's link is read again here, so the report draws it in full
 * (+layout.svelte shows the summary until then).
 */
export const load: PageLoad = async ({ url, data }) => {
	/** The link's scenario, why it could not be read, or null when the address has none. */
	const link =
		browser && data.link === null && data.large !== null
			? await scenarioFromSearchParams(url.searchParams)
			: data.link;
	const asked = url.searchParams.get(UNIT_PARAM);
	/** The unit of the year-by-year tables; pounds and pence unless the address asks otherwise. */
	const unit: MoneyUnit = MONEY_UNITS.find((each) => each === asked) ?? 'pounds';
	return {
		...data,
		link,
		unit,
		/** The live comparison this report was printed from, as an absolute address. */
		liveHref: sameComparisonAt(url.href, resolve('/compare')),
		/** When the report was made, ISO 8601; shown as its date. */
		made: new Date().toISOString()
	};
};
