import type { ComparisonAnalysis, InputField, Line, Range, Scenario } from '../engine/index';
import { optionInputsLine, roundPenniesHalfUp } from '../engine/index';
import { fieldWords, perPeriodWords } from '../format/fields';
import { atLeastPennies, formatMoney, formatNumber } from './money';
import { NO_BREAK } from './text';

/**
 * Inputs of a scenario in words, for reports: what a field of a line means ("price a week"),
 * how its values read ("£318.63 a week", "6.88%", "38.62"), and the switching-value sentence
 * of methodology §6.
 */

/** One input of one line of one option, as sensitivity and switching values name it. */
export interface InputRef {
	option: string;
	/** Null for the option's own inputs (optimism bias). */
	line: string | null;
	field: InputField;
}

/** The option and line an input belongs to, looked up in the scenario. */
export interface LocatedInput {
	optionName: string;
	line: Line;
	field: InputField;
	/** The input's low, central and high values as entered; undefined if the line has no such input. */
	range: Range | undefined;
}

/** Finds an input's option and line; throws if the scenario has no such line (a bug). */
export function locateInput(scenario: Scenario, ref: InputRef): LocatedInput {
	const option = scenario.options.find((candidate) => candidate.id === ref.option);
	const line =
		option && ref.line === null
			? optionInputsLine(option)
			: option?.lines.find((candidate) => candidate.id === ref.line);
	if (!option || !line) throw new Error(`no line "${ref.line}" in option "${ref.option}"`);
	const range = (line as unknown as Partial<Record<InputField, Range>>)[ref.field];
	return { optionName: option.name, line, field: ref.field, range };
}

/** "a week" for a recurring line billed weekly, and so on; empty for other kinds. */
function perPeriod(line: Line, space = ' '): string {
	return line.kind === 'recurring' ? perPeriodWords(line.per, space) : '';
}

/** The field in words, without an article: "price a week", "salary a year", "on-costs". */
export function fieldInWords(line: Line, field: InputField): string {
	return fieldWords(line, field, 'phrase');
}

/**
 * The field as the subject of a sentence: "the price", "the number of full-time equivalents".
 * The report names a risk's cost and a one-off amount by their short words: "the impact",
 * "the amount".
 */
function fieldAsSubject(line: Line, field: InputField): string {
	if (field === 'impact' || (field === 'amount' && line.kind !== 'recurring')) {
		return `the ${fieldInWords(line, field)}`;
	}
	const subject = fieldWords(line, field, 'subject');
	return subject.charAt(0).toLowerCase() + subject.slice(1);
}

/**
 * A value of an input with its unit: money with the currency and its period ("£318.63 a
 * week", "£33,707.81 a year"), percentages with "%" ("6.88%", "2% a year"), and quantities and
 * full-time equivalents as plain numbers ("38.62"). The figure and its unit are joined by
 * no-break spaces, so wrapped text never parts them.
 *
 * @param value a plain decimal string: a rounded switching value, or an input as entered
 */
export function valueInWords(
	line: Line,
	field: InputField,
	value: string,
	currency: string
): string {
	switch (field) {
		case 'amount':
			return [formatMoney(atLeastPennies(value), currency), perPeriod(line, NO_BREAK)]
				.filter(Boolean)
				.join(NO_BREAK);
		case 'salary':
			return `${formatMoney(atLeastPennies(value), currency)}${NO_BREAK}a${NO_BREAK}year`;
		case 'impact':
			return formatMoney(atLeastPennies(value), currency);
		case 'quantityGrowthPercent':
		case 'upliftPercent':
			return `${formatNumber(value)}%${NO_BREAK}a${NO_BREAK}year`;
		case 'onCostPercent':
		case 'probabilityPercent':
		case 'percent':
		case 'optimismBias.oneOffPercent':
		case 'optimismBias.ongoingPercent':
			return `${formatNumber(value)}%`;
		case 'quantity':
		case 'fte':
			return formatNumber(value);
	}
}

/** Inputs that the format does not allow below zero (format.md, lines). */
const NEVER_NEGATIVE: readonly InputField[] = [
	'optimismBias.oneOffPercent',
	'optimismBias.ongoingPercent',
	'quantity',
	'fte',
	'onCostPercent',
	'probabilityPercent'
];

/**
 * The switching value of one input in a sentence (methodology §6): how far the input would
 * have to move, and which way, for the present-value comparison to turn round, for example
 * "Agency foster placements (Independent fostering agency): the price would have to be less
 * than £318.63 a week (central £825.00 a week) for Independent fostering agency to cost less
 * than In-house foster carers."
 *
 * "Less" or "more" is decided on the exact figures, not the rounded ones: the difference is
 * linear in the input, so it changes sign on the far side of the switching value from the
 * central value. A value outside what the format allows (a negative quantity, a probability
 * over 100%, an overhead outside −100% to 1000%) is said to be impossible.
 */
export function switchingValueSentence(
	scenario: Scenario,
	comparison: ComparisonAnalysis,
	entry: ComparisonAnalysis['switchingValues'][number]
): string {
	const input = locateInput(scenario, entry);
	const { line, field } = input;
	const subject = `${line.label} (${input.optionName})`;
	const what = fieldAsSubject(line, field);
	if (entry.value === null) return `${subject}: changing ${what} would not change the difference.`;

	const central = input.range?.central ?? '0';
	const currency = scenario.currency;
	const centralText = valueInWords(line, field, central, currency);
	const difference = comparison.difference.presentValue;
	if (difference.isZero()) {
		return `${subject}: the two options already cost the same with ${what} at ${centralText}.`;
	}

	const valueText = valueInWords(line, field, roundPenniesHalfUp(entry.value), currency);
	const direction = entry.value.lt(central) ? 'less' : 'more';
	const outcome = difference.gt(0) ? 'less' : 'more';
	const name = (id: string): string => scenario.options.find((o) => o.id === id)?.name ?? id;
	const impossible =
		(NEVER_NEGATIVE.includes(field) && entry.value.lt(0)) ||
		(field === 'probabilityPercent' && entry.value.gt(100)) ||
		(field === 'percent' && (entry.value.lt(-100) || entry.value.gt(1000)));
	return (
		`${subject}: ${what} would have to be ${direction} than ${valueText} ` +
		`(central ${centralText}) for ${name(comparison.option)} to cost ${outcome} than ` +
		`${name(comparison.baseline)}.` +
		(impossible ? ' That is not a possible value, so this input alone cannot do it.' : '')
	);
}
