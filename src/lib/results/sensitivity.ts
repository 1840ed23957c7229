import type { Analysis, Scenario } from '../engine/index';
import { roundPenniesHalfUp } from '../engine/index';
import { optionInSentence } from '../format/headline';
import { formatMoney } from '../format/money';
import { inputName, rangeInWords } from './inputs';
import { findLine, optionName } from './names';
import type { MoneyFigure } from './types';

/**
 * The sensitivity table (methodology §6, a tornado in rows): for each input with a range, the
 * present-value difference with that input at its low and then its high value, everything else
 * central, largest swing first.
 */

/** One input's row, every figure to the penny. */
export interface SensitivityRow {
	/** The name of the option the input belongs to. */
	option: string;
	/** The line's label. */
	line: string;
	/** The input's name: "Price a week". */
	input: string;
	/** The input's low and high values: "£800.00 to £850.00 a week". */
	range: string;
	/** The present-value difference with the input at its low value, with its working's reference. */
	atLow: MoneyFigure;
	/** The present-value difference with the input at its high value, with its working's reference. */
	atHigh: MoneyFigure;
	/** How far the difference moves between the two: |at high − at low|. */
	swing: string;
}

export interface SensitivityView {
	/** The id of the option compared with the baseline. */
	option: string;
	caption: string;
	/** The central present-value difference every row moves away from, to the penny. */
	central: string;
	/** Largest swing first, as the engine orders them; empty when no input has a range. */
	rows: SensitivityRow[];
}

/** The sensitivity of every comparison, in the scenario's order. */
export function buildSensitivity(scenario: Scenario, analysis: Analysis): SensitivityView[] {
	const money = (value: Parameters<typeof roundPenniesHalfUp>[0]): string =>
		formatMoney(roundPenniesHalfUp(value), analysis.currency);
	return analysis.comparisons.map((comparison) => {
		const option = optionInSentence(optionName(analysis, comparison.option));
		const baseline = optionInSentence(optionName(analysis, comparison.baseline));
		return {
			option: comparison.option,
			caption: `How much each input moves the difference in present value between ${option} and ${baseline}`,
			central: money(comparison.difference.presentValue),
			rows: comparison.sensitivity.map((entry) => {
				const line = findLine(scenario, entry.option, entry.line);
				const named = {
					kind: 'sensitivity',
					comparison: comparison.option,
					option: entry.option,
					line: entry.line,
					field: entry.field
				} as const;
				return {
					option: optionName(analysis, entry.option),
					line: line.label,
					input: inputName(line, entry.field),
					range: rangeInWords(line, entry.field, analysis.currency),
					atLow: { text: money(entry.atLow), ref: { ...named, end: 'low' } },
					atHigh: { text: money(entry.atHigh), ref: { ...named, end: 'high' } },
					swing: money(entry.atHigh.minus(entry.atLow).abs())
				};
			})
		};
	});
}
