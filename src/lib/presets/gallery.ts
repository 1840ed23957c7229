import { analyse, roundPenniesHalfUp, toResultsDocument } from '../engine/index';
import type { Scenario, SourceStrength } from '../engine/types';
import { optionInSentence } from '../format/headline';
import { formatMoney } from '../format/money';
import { moneyInWords } from '../format/words';
import { buildHeadlines } from '../results/headline';
import { optionName, sentenceCase } from '../results/names';
import { weakEvidenceWarning } from '../results/weak-lines';
import { bestStrength, weakestStrength } from '../workings/sources';

/**
 * What the gallery shows of a preset, worked out live by the engine: each comparison's
 * present-value difference in words, the exact figure beside it, and how strong the sources
 * behind it are.
 */

/** One comparison in a short sentence, split so that the page can emphasise the figure. */
export interface GalleryHeadline {
	/** The id of the option compared with the baseline. */
	option: string;
	/** "An independent fostering agency would cost ". */
	before: string;
	/**
	 * "£12.6 million more": the present-value difference to three significant figures; or, when
	 * the low–high range crosses zero, the range: "between £8.15 million less and £2.89 million
	 * more", so the card never claims a direction the page says is uncertain.
	 */
	figure: string;
	/** " over 5 years than in-house foster carers, in today's money (present value)." */
	after: string;
	/** "Exactly £12,550,956.14 more.", to the penny, as the results document gives it. */
	exact: string;
}

/** What the gallery shows of a preset's result: its headlines and any weak-evidence warning. */
export interface GallerySummary {
	headlines: GalleryHeadline[];
	/** The page's weak-evidence warning in one sentence; null when the page shows none. */
	warning: string | null;
}

/**
 * Each comparison of a scenario in a short sentence (methodology §6 and §7): "An independent
 * fostering agency would cost £12.6 million more over 5 years than in-house foster carers, in
 * today's money (present value)." When the range crosses zero the sentence gives the range and
 * the central figure after it. Words are rounded from the engine's exact figure; whether two
 * options cost the same is decided on the penny.
 */
export function galleryHeadlines(scenario: Scenario): GalleryHeadline[] {
	return gallerySummary(scenario).headlines;
}

/** The gallery's headlines of a scenario with the weak-evidence warning the page would give. */
export function gallerySummary(scenario: Scenario): GallerySummary {
	const analysis = analyse(scenario);
	const results = toResultsDocument(analysis);
	const views = buildHeadlines(analysis, results);
	const years = scenario.horizonYears === 1 ? '1 year' : `${scenario.horizonYears} years`;
	const headlines = analysis.comparisons.map((comparison, index): GalleryHeadline => {
		const view = views[index];
		if (view?.empty) {
			return { option: comparison.option, before: view.text, figure: '', after: '', exact: '' };
		}
		const option = sentenceCase(optionInSentence(optionName(analysis, comparison.option)));
		const baseline = optionInSentence(optionName(analysis, comparison.baseline));
		const pennies =
			results.comparisons[index]?.difference.presentValue ??
			roundPenniesHalfUp(comparison.difference.presentValue);
		const closing = `, in today's money (present value).`;
		const currency = scenario.currency;
		const same = /^-?0\.00$/.test(pennies);
		const way = pennies.startsWith('-') ? 'less' : 'more';
		const central = same
			? 'the same'
			: `${moneyInWords(comparison.difference.presentValue, { sign: 'never', currency })} ${way}`;
		const exact = same
			? 'Exactly the same, to the penny.'
			: `Exactly ${formatMoney(pennies.replace(/^-/, ''), currency)} ${way}.`;
		if (view?.crossing) {
			return {
				option: comparison.option,
				before: `${option} would cost `,
				figure: view.crossing,
				after:
					` over ${years} than ${baseline}${closing.slice(0, -1)}, ` +
					`depending on the low and high cases. The central case is ${central}.`,
				exact
			};
		}
		if (same) {
			return {
				option: comparison.option,
				before: `${option} would cost `,
				figure: 'the same',
				after: ` as ${baseline} over ${years}${closing}`,
				exact
			};
		}
		return {
			option: comparison.option,
			before: `${option} would cost `,
			figure: central,
			after: ` over ${years} than ${baseline}${closing}`,
			exact
		};
	});
	return { headlines, warning: weakEvidenceWarning(scenario, analysis) };
}

/** The strongest and weakest of the sources a scenario's lines cite; undefined when none. */
export interface StrengthsBehind {
	strongest?: SourceStrength;
	weakest?: SourceStrength;
}

/** How strong the sources behind a scenario's figures are: every source any line cites. */
export function strengthsBehind(scenario: Scenario): StrengthsBehind {
	const cited = new Set(
		scenario.options.flatMap((option) => option.lines.flatMap((line) => line.sources))
	);
	const strengths = scenario.sources
		.filter((source) => cited.has(source.id))
		.map((source) => source.strength);
	const result: StrengthsBehind = {};
	const strongest = bestStrength(strengths);
	const weakest = weakestStrength(strengths);
	if (strongest !== undefined) result.strongest = strongest;
	if (weakest !== undefined) result.weakest = weakest;
	return result;
}
