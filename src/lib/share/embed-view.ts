import { buildCumulativeCost } from '$lib/charts/cumulative-cost';
import { chartNumber, fullMoney } from '$lib/charts/format';
import type { Analysis, ResultsDocument, Scenario } from '$lib/engine';
import { buildHeadlines } from '$lib/results/headline';
import { weakEvidenceWarning } from '$lib/results/weak-lines';

/**
 * What the embed shows, worked out on the server and sent to the browser as plain strings and
 * numbers: the embed never ships the engine, the codec or the schemas to the host's readers.
 */

/** One comparison's headline, split so the figure can be emphasised. */
export interface EmbedHeadline {
	option: string;
	before: string;
	figure: string;
	after: string;
	/** "Exactly £12,550,956.14 more." */
	exact: string;
}

/** The running total of each option, ready to draw. */
export interface EmbedChartData {
	/** The chart's message: "An independent fostering agency costs more than … throughout: …". */
	title: string;
	units: string;
	/** "Sources: Community Care (anecdotal); scenario assumptions". */
	source: string;
	/** The chart's text alternative, with each option's total by the last year to the penny. */
	description: string;
	/** Year labels: "2026-27", … */
	labels: string[];
	/** Each option's running total, pounds, rounded to the penny; for drawing only. */
	series: { name: string; values: number[] }[];
	currency: string;
}

export interface EmbedView {
	title: string;
	/** One per option other than the baseline; empty with a single option. */
	headlines: EmbedHeadline[];
	/** The page's weak-evidence warning, when the page shows one beside the headline. */
	warning: string | null;
	chart: EmbedChartData;
}

/**
 * The embed's view of a scenario: its headlines, as the page words them, and its cumulative
 * cost chart in present value, from the same builders as the comparison page.
 */
export function embedView(
	scenario: Scenario,
	analysis: Analysis,
	results: ResultsDocument
): EmbedView {
	const model = buildCumulativeCost(scenario, analysis, results, 'presentValue');
	const { rows, columns, currency } = model.table;
	const names = columns.slice(1).map((column) => column.heading);
	const last = rows.at(-1) ?? [];
	const totals = names.map((name, index) => `${name} ${fullMoney(last[index + 1], currency)}`);
	return {
		title: scenario.title,
		headlines: buildHeadlines(analysis, results).map((headline) => ({
			option: headline.option,
			before: headline.before,
			figure: headline.figure,
			after: headline.after,
			exact: headline.exact
		})),
		warning: weakEvidenceWarning(scenario, analysis),
		chart: {
			title: model.title,
			units: model.units,
			source: model.source,
			description: `Line chart of the running total cost of each option in present value. By ${last[0]}: ${totals.join('; ')}.`,
			labels: rows.map((row) => row[0]),
			series: names.map((name, index) => ({
				name,
				values: rows.map((row) => chartNumber(row[index + 1]))
			})),
			currency
		}
	};
}
