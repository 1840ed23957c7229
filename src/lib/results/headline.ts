import type Decimal from 'decimal.js';
import type { Analysis, Bounds, ResultsDocument } from '../engine/index';
import { roundPenniesHalfUp } from '../engine/index';
import { optionInSentence, period } from '../format/headline';
import { formatMoney } from '../format/money';
import { moneyInWords } from '../format/words';
import { optionName } from './names';
import type { FigureInSentence } from './types';

/**
 * The headline of each comparison in words (methodology §6 and §7): the present-value
 * difference to three significant figures, the low–high range beside it, and the exact figure
 * one step away.
 */

/** One comparison's headline, split so that the page can emphasise the figure. */
export interface HeadlineView {
	/** The id of the option compared with the baseline. */
	option: string;
	/** "Over 5 years (2026-27 to 2030-31), an independent fostering agency would cost ". */
	before: string;
	/** The size of the difference in words ("£12.6 million"); "" when the options cost the same. */
	figure: string;
	/** The rest of the sentence, the range included, ending with a full stop. */
	after: string;
	/** The whole sentence. */
	text: string;
	/** The exact figure, to the penny: "Exactly £12,550,956.14 more." */
	exact: string;
	/**
	 * The same sentence split around its figure, which opens the working of the present-value
	 * difference; null when the options cost the same, so there is no figure.
	 */
	exactParts: FigureInSentence | null;
	/** False when no input has a range, so there is no range to explain. */
	hasRange: boolean;
	/**
	 * The range in a few words when it crosses zero (or goes against the central case), for
	 * every shorter summary of the result: "between £8.15 million less and £2.89 million more".
	 * Null when the range agrees with the central case, or there is none.
	 */
	crossing: string | null;
	/** True when no option has a cost line yet: the sentence asks for one instead. */
	empty: boolean;
}

/** What every headline of a comparison with no cost lines yet says instead of a result. */
export const NO_COSTS_YET =
	'No costs have been entered yet. Add a first cost line to an option to compare what each would cost.';

type Direction = 'less' | 'more' | 'same';

/** Which way a difference goes once rounded to the penny, as the results document shows it. */
function direction(difference: Decimal): Direction {
	const pennies = roundPenniesHalfUp(difference);
	if (pennies === '0.00') return 'same';
	return pennies.startsWith('-') ? 'less' : 'more';
}

/** "£7.45 million less", "£33.8 million more", "no difference". */
function boundInWords(bound: Decimal, currency: string): string {
	const way = direction(bound);
	if (way === 'same') return 'no difference';
	return `${moneyInWords(bound, { sign: 'never', currency })} ${way}`;
}

/**
 * The range in a few words when it crosses zero, or does not go the central case's way:
 * "between £8.15 million less and £2.89 million more". Null otherwise, or with no range.
 */
export function rangeAcrossZero(central: Decimal, range: Bounds, currency: string): string | null {
	if (range.low.eq(range.high)) return null;
	const way = direction(central);
	if (way !== 'same' && direction(range.low) === way && direction(range.high) === way) return null;
	return `between ${boundInWords(range.low, currency)} and ${boundInWords(range.high, currency)}`;
}

/**
 * The clause after "in today's money (present value)" about the range of the difference: ",
 * between £11.1 million and £14.2 million across the low and high cases", or, when the range
 * crosses zero (or does not go the central case's way), ", but across the low and high cases
 * it could be anything from £7.45 million less to £33.8 million more". Empty when there is no
 * range.
 */
export function rangeClause(central: Decimal, range: Bounds, currency: string): string {
	if (range.low.eq(range.high)) return '';
	const way = direction(central);
	const lowWay = direction(range.low);
	const highWay = direction(range.high);
	if (way !== 'same' && lowWay === way && highWay === way) {
		const low = moneyInWords(range.low, { sign: 'never', currency });
		const high = moneyInWords(range.high, { sign: 'never', currency });
		if (low === high) return `, and about ${low} in both the low and high cases`;
		// Smaller size first: for "less", the high end of the range is the smaller saving.
		const [smaller, larger] = way === 'more' ? [low, high] : [high, low];
		return `, between ${smaller} and ${larger} across the low and high cases`;
	}
	return (
		', but across the low and high cases it could be anything from ' +
		`${boundInWords(range.low, currency)} to ${boundInWords(range.high, currency)}`
	);
}

/**
 * The headline of every comparison, in the scenario's order (one per option other than the
 * baseline), for example: "Over 5 years (2026-27 to 2030-31), an independent fostering agency
 * would cost £12.6 million more than in-house foster carers in today's money (present value),
 * between £11.1 million and £14.2 million across the low and high cases."
 *
 * Words are rounded from the exact figures of the analysis; whether the options cost the same
 * is decided on the penny, as the results document shows it.
 */
export function buildHeadlines(analysis: Analysis, results: ResultsDocument): HeadlineView[] {
	const currency = analysis.currency;
	const empty = analysis.options.every((option) => option.lines.length === 0);
	return analysis.comparisons.map((comparison, index) => {
		if (empty) {
			return {
				option: comparison.option,
				before: NO_COSTS_YET,
				figure: '',
				after: '',
				text: NO_COSTS_YET,
				exact: '',
				exactParts: null,
				hasRange: false,
				crossing: null,
				empty: true
			};
		}
		const option = optionInSentence(optionName(analysis, comparison.option));
		const baseline = optionInSentence(optionName(analysis, comparison.baseline));
		const central = comparison.difference.presentValue;
		const way = direction(central);
		const range = rangeClause(central, comparison.differenceRange.presentValue, currency);
		const opening = `${period(analysis.years)}, ${option} would cost`;
		const closing = `in today's money (present value)${range}.`;
		const pennies =
			results.comparisons[index]?.difference.presentValue ?? roundPenniesHalfUp(central);
		const exactParts: FigureInSentence | null =
			way === 'same'
				? null
				: {
						before: 'Exactly ',
						figure: {
							text: formatMoney(pennies.replace(/^-/, ''), currency),
							ref: { kind: 'difference', option: comparison.option, measure: 'presentValue' }
						},
						after: ` ${way}.`
					};
		const view = exactParts
			? {
					before: `${opening} `,
					figure: moneyInWords(central, { sign: 'never', currency }),
					after: ` ${way} than ${baseline} ${closing}`,
					exact: exactParts.before + exactParts.figure.text + exactParts.after
				}
			: {
					before: `${opening} the same as ${baseline} `,
					figure: '',
					after: closing,
					exact: 'Exactly the same, to the penny.'
				};
		return {
			option: comparison.option,
			...view,
			text: view.before + view.figure + view.after,
			exactParts,
			hasRange: range !== '',
			crossing: rangeAcrossZero(central, comparison.differenceRange.presentValue, currency),
			empty: false
		};
	});
}
