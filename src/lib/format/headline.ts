import { formatPounds } from './money';

/** The parts of a results document (format.md, "Results") that a headline needs. */
export interface HeadlineResults {
	years: readonly { label: string }[];
	options: readonly { id: string; name: string }[];
	comparisons: readonly {
		option: string;
		baseline: string;
		difference: { presentValue: string };
	}[];
}

/** Last words that describe how a service is run rather than name who runs it. */
const DESCRIBING_WORDS = new Set([
	'in',
	'out',
	'in-house',
	'inhouse',
	'external',
	'internal',
	'private',
	'public',
	'direct',
	'local',
	'current',
	'existing',
	'new'
]);

/**
 * Whether a name's last word describes rather than names ("Bought in", "In-house",
 * "Council-run", "Outsourced", "Commissioned"), so that no sentence says "a bought in would
 * cost": such a name reads as "the bought in option".
 */
function isDescription(lastWord: string): boolean {
	const word = lastWord.toLowerCase().replace(/[^a-z-]/g, '');
	if (word === '' || DESCRIBING_WORDS.has(word)) return true;
	if (/-(run|led|owned|based|house|provided|delivered|managed|sourced|funded)$/.test(word)) {
		return true;
	}
	return word.length > 5 && word.endsWith('ed');
}

/** Letters whose spoken names start with a vowel sound ("an NHS trust", "a UK body"). */
const VOWEL_SOUND_LETTERS = 'AEFHILMNORSX';

/**
 * An option's name as it reads inside a sentence: "Independent fostering agency" becomes "an
 * independent fostering agency", "In-house foster carers" becomes "in-house foster carers".
 *
 * A heuristic, good enough for names written in sentence case: a name whose last word ends in
 * "s" (but not "ss") is taken as plural and gets no article; an initialism keeps its capitals.
 */
export function optionInSentence(name: string): string {
	const firstWord = name.split(/\s/, 1)[0];
	const isInitialism = firstWord.length > 1 && firstWord === firstWord.toUpperCase();
	const phrase = isInitialism ? name : name.charAt(0).toLowerCase() + name.slice(1);
	const lastWord = name.trim().split(/\s+/).at(-1) ?? '';
	// "Option A", "Preferred option": already says what it is.
	if (/^option$/i.test(lastWord) || /^option\b/i.test(name)) return `the ${phrase}`;
	// "Bought in", "In-house", "Outsourced": a description, not a thing, so it names an option.
	if (isDescription(lastWord)) return `the ${phrase} option`;
	if (/[^s]s$/i.test(lastWord)) return phrase;
	const first = phrase.charAt(0);
	const vowelSound = isInitialism ? VOWEL_SOUND_LETTERS.includes(first) : /[aeiou]/i.test(first);
	return `${vowelSound ? 'an' : 'a'} ${phrase}`;
}

/** "Over 5 years (2026-27 to 2030-31)" or "Over 1 year (2026-27)": the period a result covers. */
export function period(years: HeadlineResults['years']): string {
	const first = years[0]?.label ?? '';
	const last = years.at(-1)?.label ?? '';
	if (years.length === 1) return `Over 1 year (${first})`;
	return `Over ${years.length} years (${first} to ${last})`;
}

/** A headline split so that the page can emphasise the figure. */
export interface Headline {
	before: string;
	/** The size of the present-value difference, formatted; "" when the options cost the same. */
	figure: string;
	after: string;
}

/**
 * The plain-words headline of one comparison, in present value: "Over 5 years (2026-27 to
 * 2030-31), an independent fostering agency would cost £12,550,956.14 more than in-house foster
 * carers in today's money (present value)."
 *
 * @param results a results document
 * @param index which comparison, 0 for the first non-baseline option
 */
export function comparisonHeadline(results: HeadlineResults, index = 0): Headline {
	const comparison = results.comparisons[index];
	if (!comparison) throw new RangeError(`No comparison ${index} in the results`);
	const nameOf = (id: string): string =>
		optionInSentence(results.options.find((option) => option.id === id)?.name ?? id);
	const option = nameOf(comparison.option);
	const baseline = nameOf(comparison.baseline);
	const difference = comparison.difference.presentValue;
	const opening = `${period(results.years)}, ${option} would cost`;
	const closing = `in today's money (present value).`;
	if (/^-?[0.]+$/.test(difference)) {
		return { before: `${opening} the same as ${baseline} `, figure: '', after: closing };
	}
	const isLess = difference.startsWith('-');
	return {
		before: `${opening} `,
		figure: formatPounds(isLess ? difference.slice(1) : difference),
		after: ` ${isLess ? 'less' : 'more'} than ${baseline} ${closing}`
	};
}

/** The headline as one string. */
export function headlineText(headline: Headline): string {
	return headline.before + headline.figure + headline.after;
}
