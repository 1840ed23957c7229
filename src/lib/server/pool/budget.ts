import type { Scenario } from '$lib/engine';

/**
 * How much of a scenario the server renders as a page. The comparison page and the report
 * draw a table cell for every line in every year and a form field for every input, so their
 * HTML grows with lines × years: the largest scenario the format allows (10 options × 100
 * lines × 100 years) made 40 MB of HTML and took seconds of the server's one thread. Past
 * this budget the server sends the headline and a summary, and the browser draws the rest.
 */

/**
 * The most line-years (each line's years, summed over every option) a page renders on the
 * server. The children's trust example has about 200; 2,000 renders in about a tenth of a
 * second and well under a megabyte of HTML (measured by `npm run load`, see SECURITY.md),
 * against a budget of 2 MB.
 */
export const MAX_SERVER_RENDERED_LINE_YEARS = 2_000;

/** The line-years of a scenario: the size of its year-by-year workings. */
export function lineYears(scenario: Scenario): number {
	let lines = 0;
	for (const option of scenario.options) lines += option.lines.length + 1;
	return lines * scenario.horizonYears;
}

/**
 * The longest results document (as JSON, in characters) whose scenario a page renders on the
 * server. The children's trust example's is about 17,000; a page's HTML runs to about eight
 * times its results document, so this keeps pages under about a megabyte, half the 2 MB
 * budget.
 */
export const MAX_SERVER_RENDERED_RESULTS_CHARS = 120_000;

/** True when a page can lay out the whole scenario on the server within the budget. */
export function fitsServerRender(scenario: Scenario): boolean {
	return lineYears(scenario) <= MAX_SERVER_RENDERED_LINE_YEARS;
}
