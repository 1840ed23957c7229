import type Decimal from 'decimal.js';
import type { Analysis, ResultsDocument, Scenario, SourceStrength } from '../engine/index';
import { period } from '../format/headline';
import { formatMoney } from '../format/money';
import { moneyInWords } from '../format/words';
import { buildHeadlines } from '../results/headline';
import { sentenceCase } from '../results/names';
import { weakEvidenceWarning } from '../results/weak-lines';
import { sourceLine, linesOf } from '../charts/sources';
import { strengthLabel, weakestStrength } from '../workings/sources';

/**
 * What the social card of a comparison says, as plain data (issue 5): the same words serve the
 * PNG card (`$lib/server/card`), its alt text and the page's `og:*` / `twitter:*` meta, so the
 * image, its description and the headline on the page never disagree.
 *
 * Browser-safe and pure: the page computes it while it renders, the server while it draws.
 */

/** The product's name, as the card and the meta tags give it. */
export const PRODUCT_NAME = 'Public cost comparator';

/** The most options the card draws a bar for; the rest are counted ("and 2 more options"). */
export const MAX_CARD_BARS = 4;

/** One option's total over the horizon, in today's money (present value). */
export interface CardTotal {
	id: string;
	/** The option's name as entered. */
	name: string;
	/** The total in words, to three significant figures: "£20.4 million" (methodology §7). */
	words: string;
	/** The same total to the penny, as the results document has it: "£20,448,460.00". */
	exact: string;
	/**
	 * The bar's length, a fraction of the longest bar: |total| ÷ the largest |total| shown, from
	 * 0 to 1. For drawing only, never a figure.
	 */
	share: number;
	/** True for the option every other is compared with. */
	isBaseline: boolean;
}

/** How sure the figures are: the weakest evidence any of them rests on. */
export interface CardStrength {
	strength: SourceStrength;
	/** "Weakest source: Anecdotal". */
	text: string;
}

export interface CardContent {
	/** The scenario's title. */
	title: string;
	/** The headline figure in words: "£12.6 million more", "£1.31 million less", "The same cost". */
	figure: string;
	/** The whole headline sentence, range included: the page's first headline, word for word. */
	sentence: string;
	/** "Total cost in today's money (present value), 2026-27 prices". */
	totalsCaption: string;
	/** The options drawn as bars, in the scenario's order: at most {@link MAX_CARD_BARS}. */
	totals: CardTotal[];
	/** How many options are left off the bars. */
	moreOptions: number;
	/** Null when no line has a cost yet. */
	strength: CardStrength | null;
	/** The page's weak-evidence warning, when the page shows one beside the headline. */
	warning: string | null;
	/** "Sources: Community Care (anecdotal); scenario assumptions", as under the page's charts. */
	sources: string;
	/** The image's text alternative: everything the card says, in words. */
	alt: string;
}

const QUESTION = 'Does it cost the public more to deliver a service in-house or to buy it in?';
const OFFER =
	'Compare the full cost of each option, in cash, real terms and present value, with every figure sourced.';

/** What a card says when there is no comparison to show (no link, or a link that cannot be read). */
export const GENERIC_CARD = {
	title: PRODUCT_NAME,
	question: QUESTION,
	offer: OFFER,
	/** The meta description: the question and the offer. */
	sentence: `${QUESTION} ${OFFER}`,
	alt: `${PRODUCT_NAME}: ${QUESTION.charAt(0).toLowerCase()}${QUESTION.slice(1)} ${OFFER}`
} as const;

/** Which way a penny string goes. */
function way(pennies: string): 'more' | 'less' | 'same' {
	if (/^-?0\.00$/.test(pennies)) return 'same';
	return pennies.startsWith('-') ? 'less' : 'more';
}

/**
 * The options the bars show: all of them up to {@link MAX_CARD_BARS}; beyond that the baseline
 * and the first options compared with it, kept in the scenario's order.
 */
function shownOptions(analysis: Analysis, baseline: string): Analysis['options'] {
	if (analysis.options.length <= MAX_CARD_BARS) return analysis.options;
	const others = analysis.options.filter((option) => option.id !== baseline);
	const keep = new Set([baseline, ...others.slice(0, MAX_CARD_BARS - 1).map((o) => o.id)]);
	return analysis.options.filter((option) => keep.has(option.id));
}

/**
 * The weakest evidence behind the figures: the weakest strength of every source the options'
 * lines cite, where a line that cites nothing counts as an assumption (as the charts' source
 * line calls it "scenario assumptions"). Null when there are no lines.
 */
function weakestEvidence(scenario: Scenario): CardStrength | null {
	const byId = new Map(scenario.sources.map((source) => [source.id, source.strength]));
	const strengths: SourceStrength[] = [];
	for (const option of scenario.options) {
		for (const line of option.lines) {
			const cited = line.sources.flatMap((id) => byId.get(id) ?? []);
			strengths.push(...(cited.length === 0 ? (['assumption'] as const) : cited));
		}
	}
	const weakest = weakestStrength(strengths);
	if (weakest === undefined) return null;
	return { strength: weakest, text: `Weakest source: ${strengthLabel(weakest)}` };
}

/** "£20.4 million", or "−£1,500" for a total below zero (an option that earns more than it costs). */
function totalInWords(total: Decimal, currency: string): string {
	return moneyInWords(total, { currency });
}

/**
 * The card of a comparison: the first headline (the page's own sentence), the figure in
 * words, each option's total in today's money, and the weakest source behind the figures.
 *
 * @param scenario the validated scenario, as the link carries it
 * @param analysis `analyse(scenario)`: words are rounded from its exact figures
 * @param results `toResultsDocument(analysis)`: exact totals are its penny strings
 */
export function cardContent(
	scenario: Scenario,
	analysis: Analysis,
	results: ResultsDocument
): CardContent {
	const currency = analysis.currency;
	const first = analysis.years[0]?.label ?? String(scenario.startYear);
	const shown = shownOptions(analysis, scenario.baseline);
	let largest: Decimal | null = null;
	for (const option of shown) {
		const size = option.total.presentValue.abs();
		if (largest === null || size.gt(largest)) largest = size;
	}
	const totals: CardTotal[] = shown.map((option) => {
		const size = option.total.presentValue.abs();
		const exact = results.options.find((each) => each.id === option.id)?.total.presentValue;
		return {
			id: option.id,
			name: option.name,
			words: totalInWords(option.total.presentValue, currency),
			exact: formatMoney(exact ?? '0.00', currency),
			// Display only: a bar's length, never a figure (the words and exact text carry those).
			share: largest === null || largest.isZero() ? 0 : size.div(largest).toNumber(),
			isBaseline: option.id === scenario.baseline
		};
	});

	const headline = buildHeadlines(analysis, results)[0];
	let figure: string;
	let sentence: string;
	if (headline) {
		const direction = way(results.comparisons[0].difference.presentValue);
		if (headline.empty) figure = 'No costs yet';
		else if (headline.crossing) figure = sentenceCase(headline.crossing);
		else figure = direction === 'same' ? 'The same cost' : `${headline.figure} ${direction}`;
		sentence = headline.text;
	} else {
		// One option only: there is no difference to state, so state what it costs.
		const only = totals[0];
		figure = only ? only.words : moneyInWords('0', { currency });
		const when = period(analysis.years);
		sentence =
			`${only?.name ?? scenario.title}: ${figure} ${when.charAt(0).toLowerCase()}${when.slice(1)}, ` +
			"in today's money (present value). There is no other option to compare it with yet.";
	}

	const strength = weakestEvidence(scenario);
	const warning = weakEvidenceWarning(scenario, analysis);
	const sources = sourceLine(
		scenario,
		linesOf(
			scenario,
			scenario.options.map((option) => option.id)
		)
	);
	const totalsCaption = `Total cost in today's money (present value), ${first} prices`;
	const moreOptions = analysis.options.length - shown.length;
	const listed = totals.map((total) => `${total.name} ${total.words}`).join('; ');
	const more =
		moreOptions > 0 ? ` and ${moreOptions} more ${moreOptions === 1 ? 'option' : 'options'}` : '';
	const alt = [
		`${PRODUCT_NAME}: ${scenario.title}.`,
		sentence,
		`${totalsCaption}: ${listed}${more}.`,
		strength ? `${strength.text}.` : '',
		warning ?? ''
	]
		.filter((part) => part !== '')
		.join(' ');

	return {
		title: scenario.title,
		figure,
		sentence,
		totalsCaption,
		totals,
		moreOptions,
		strength,
		warning,
		sources,
		alt
	};
}
