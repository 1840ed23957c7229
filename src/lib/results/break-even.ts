import type Decimal from 'decimal.js';
import type { Analysis, ComparisonAnalysis } from '../engine/index';
import { Exact, roundPenniesHalfUp } from '../engine/index';
import { optionInSentence } from '../format/headline';
import { formatMoney } from '../format/money';
import { moneyInWords } from '../format/words';
import { optionName, sentenceCase, theYears } from './names';

/**
 * The break-even year of each comparison in words (methodology §6), with the cumulative
 * present-value difference year by year that it is read from.
 */

/** One year of the cumulative difference. */
export interface CumulativeYear {
	label: string;
	/** The cumulative present-value difference through this year, to the penny: "−£412,000.50". */
	difference: string;
}

export interface BreakEvenView {
	/** The id of the option compared with the baseline. */
	option: string;
	/** The break-even year in words. */
	sentence: string;
	/** Caption of the cumulative table. */
	caption: string;
	cumulative: CumulativeYear[];
}

/** The cumulative present-value difference through each year, exact. */
function runningTotals(comparison: ComparisonAnalysis): Decimal[] {
	let running: Decimal = new Exact(0);
	return comparison.years.map((year) => (running = running.plus(year.presentValue)));
}

/**
 * The break-even year of one comparison in a sentence, for example "An in-house service would
 * start saving money compared with an outsourced contract (today) from 2029 (year 3): from then
 * on, the cumulative difference in present value stays at or below zero."
 */
export function breakEvenSentence(analysis: Analysis, comparison: ComparisonAnalysis): string {
	const option = optionInSentence(optionName(analysis, comparison.option));
	const baseline = optionInSentence(optionName(analysis, comparison.baseline));
	const year = comparison.breakEvenYear;
	if (year === null) {
		const last = analysis.years.at(-1)?.label ?? '';
		const excess = moneyInWords(comparison.difference.presentValue, {
			sign: 'never',
			currency: analysis.currency
		});
		return (
			`Within ${theYears(analysis.years)}, ${option} never settles below the cost of ` +
			`${baseline}: by the end of ${last} it would have cost ${excess} more in present value.`
		);
	}
	if (runningTotals(comparison).every((total) => total.isZero())) {
		return `${sentenceCase(option)} would cost the same as ${baseline} in every year, in present value.`;
	}
	const label = analysis.years[year - 1]?.label ?? `year ${year}`;
	if (year === 1) {
		return (
			`${sentenceCase(option)} would save money compared with ${baseline} from the start: ` +
			`the cumulative difference in present value is at or below zero in every year from ${label} (year 1).`
		);
	}
	return (
		`${sentenceCase(option)} would start saving money compared with ${baseline} from ${label} ` +
		`(year ${year}): from then on, the cumulative difference in present value stays at or below zero.`
	);
}

/** The break-even view of every comparison, in the scenario's order. */
export function buildBreakEven(analysis: Analysis): BreakEvenView[] {
	return analysis.comparisons.map((comparison) => ({
		option: comparison.option,
		sentence: breakEvenSentence(analysis, comparison),
		caption:
			'Cumulative difference in present value: ' +
			`${optionName(analysis, comparison.option)} minus ${optionName(analysis, comparison.baseline)}`,
		cumulative: runningTotals(comparison).map((total, index) => ({
			label: analysis.years[index]?.label ?? `Year ${index + 1}`,
			difference: formatMoney(roundPenniesHalfUp(total), analysis.currency)
		}))
	}));
}
