import type { CatalogueEntry } from './types';

/**
 * The published sources of the unit costs the headline's equivalents use ("… is what about 360
 * social workers are paid in a year", ./equivalents.ts). They are part of the catalogue
 * (./sources.ts lists them in their places) but live here so that the comparison page can show
 * an equivalent without loading every source the presets cite (issue 12: first-load JavaScript).
 */

export const CMA_2021_FOSTERING: CatalogueEntry = {
	topic: 'foster-care',
	figure:
		'About £820 a week: the average price charged by the largest independent fostering agencies, with a 19% operating profit margin (2021)',
	caution:
		"Reports the Competition and Markets Authority's interim market study (22 October 2021), which covered the largest providers only.",
	source: {
		id: 'cma-2021-fostering',
		title:
			"Profits for big children's care providers 'higher than expected', says competition watchdog",
		publisher: 'Community Care',
		date: '2021-10-22',
		url: 'https://www.communitycare.co.uk/2021/10/22/profits-for-big-childrens-care-providers-higher-than-expected-says-competition-watchdog/',
		quote:
			'For independent fostering agencies, the average weekly price for fostering was about £820 per week, with an average operating profit margin of 19%.',
		strength: 'press'
	}
};

export const CMA_2021_HOMES: CatalogueEntry = {
	topic: 'childrens-homes',
	figure:
		"£3,830 a week: the average price charged by the largest children's home providers, with a 23% operating profit margin (2021)",
	caution:
		"Reports the Competition and Markets Authority's interim market study (22 October 2021), which covered the largest providers only.",
	source: {
		id: 'cma-2021-homes',
		title:
			"Profits for big children's care providers 'higher than expected', says competition watchdog",
		publisher: 'Community Care',
		date: '2021-10-22',
		url: 'https://www.communitycare.co.uk/2021/10/22/profits-for-big-childrens-care-providers-higher-than-expected-says-competition-watchdog/',
		quote:
			"The Competition and Markets Authority (CMA) said today it had found that the largest children's home providers charged an average weekly price of £3,830, with an average operating profit margin of 23%.",
		strength: 'press'
	}
};

export const CC_2018_PAY_GAP: CatalogueEntry = {
	topic: 'social-workers',
	figure:
		"Just over £35,000: the top of the permanent pay scale for a children's frontline social worker, £6,000 less than an agency worker could invoice (2018)",
	caution: 'From Freedom of Information requests to 107 councils.',
	source: {
		id: 'cc-2018-pay-gap',
		title:
			"Social worker pay differences between agency and permanent, adults' and children's staff (Freedom of Information investigation)",
		publisher: 'Community Care',
		date: '2018-02-28',
		url: 'https://www.communitycare.co.uk/2018/02/28/revealed-social-worker-pay-differences-agency-permanent-adults-childrens-staff/',
		quote:
			"the average basic salary, before tax, at the top of a pay scale for a qualified children's frontline social worker was, at just over £35,000, £6,000 lower than what an agency worker could invoice",
		strength: 'press'
	}
};

/** The catalogue entries of the unit costs' sources. */
export const UNIT_COST_SOURCES: readonly CatalogueEntry[] = [
	CC_2018_PAY_GAP,
	CMA_2021_FOSTERING,
	CMA_2021_HOMES
];
