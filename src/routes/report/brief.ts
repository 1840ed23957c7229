import type { Analysis, Scenario, Source, SourceStrength } from '$lib/engine';
import { optionInSentence } from '$lib/format/headline';
import { moneyInWords } from '$lib/format/words';
import { inputName, rangeInWords } from '$lib/results/inputs';
import { findLine, optionName, theYears } from '$lib/results/names';
import { switchingValueSentence } from '$lib/results/switching';
import { formatSourceDate, STRENGTH_ORDER, strengthLabel } from '$lib/workings/sources';

/**
 * The committee brief at the front of the report: what a member takes into the meeting, on at
 * most two A4 pages. Route-only: the report is its one reader.
 */

/**
 * The question the comparison answers, in one sentence: "Would an independent fostering agency
 * or an independent fostering agency at the market study's price cost the public more or less
 * than in-house foster carers, over the 5 years (2026-27 to 2030-31)?"
 */
export function briefQuestion(analysis: Analysis): string {
	const baseline = analysis.comparisons[0]?.baseline;
	if (baseline === undefined) {
		return `What would ${optionInSentence(analysis.options[0]?.name ?? 'the service')} cost the public over ${theYears(analysis.years)}?`;
	}
	const others = analysis.comparisons.map((c) => optionInSentence(optionName(analysis, c.option)));
	const list =
		others.length <= 2
			? others.join(' or ')
			: `${others.slice(0, -1).join(', ')} or ${others.at(-1)}`;
	return `Would ${list} cost the public more or less than ${optionInSentence(optionName(analysis, baseline))}, over ${theYears(analysis.years)}?`;
}

/** One of the inputs that move a comparison's result most. */
export interface Mover {
	/** "Agency foster placements (Independent fostering agency): price a week". */
	input: string;
	/** Its low to high values: "£800.00 to £850.00 a week". */
	range: string;
	/** How far the present-value difference moves across that range, in words: "£1.3 million". */
	swing: string;
	/** Its switching value in a sentence; "" when it has none (growth and uplift are not linear). */
	switching: string;
}

/** A comparison's movers: the `count` inputs with the largest swing (methodology §6). */
export interface MoversView {
	option: string;
	/** "An independent fostering agency against in-house foster carers". */
	title: string;
	movers: Mover[];
}

/**
 * For each comparison, the inputs that move the present-value difference most (the top of the
 * sensitivity list, largest swing first) and the value at which each would make the two options
 * cost the same (its switching value).
 */
export function briefMovers(scenario: Scenario, analysis: Analysis, count = 3): MoversView[] {
	const currency = analysis.currency;
	return analysis.comparisons.map((comparison) => ({
		option: comparison.option,
		title: `${optionName(analysis, comparison.option)} against ${optionInSentence(optionName(analysis, comparison.baseline))}`,
		movers: comparison.sensitivity.slice(0, count).map((entry) => {
			const line = findLine(scenario, entry.option, entry.line);
			const switching = comparison.switchingValues.find(
				(each) =>
					each.option === entry.option && each.line === entry.line && each.field === entry.field
			);
			return {
				input: `${line.label} (${optionName(analysis, entry.option)}): ${inputName(line, entry.field).toLowerCase()}`,
				range: rangeInWords(line, entry.field, currency),
				swing: moneyInWords(entry.atHigh.minus(entry.atLow).abs(), { currency }),
				switching: switching
					? switchingValueSentence(line, entry.field, switching.value, currency)
					: ''
			};
		})
	}));
}

/** The sources of one strength, for the brief's list. */
export interface SourcesOfStrength {
	strength: SourceStrength;
	label: string;
	/** "Community Care, 14 February 2016: Reader comment on …". */
	citations: string[];
}

function shortCitation(source: Source): string {
	const who = [source.publisher, source.date ? formatSourceDate(source.date) : undefined]
		.filter(Boolean)
		.join(', ');
	return who ? `${who}: ${source.title}` : source.title;
}

/** The scenario's sources grouped by strength, strongest first; strengths with none left out. */
export function sourcesByStrength(scenario: Scenario): SourcesOfStrength[] {
	return STRENGTH_ORDER.map((strength) => ({
		strength,
		label: strengthLabel(strength),
		citations: scenario.sources.filter((source) => source.strength === strength).map(shortCitation)
	})).filter((group) => group.citations.length > 0);
}
