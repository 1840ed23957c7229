import type Decimal from 'decimal.js';
import type { Analysis, InputField, Line, Scenario, SwitchingValue } from '../engine/index';
import { Exact, roundPenniesHalfUp } from '../engine/index';
import { fieldWords } from '../format/fields';
import { optionInSentence } from '../format/headline';
import { MINUS_SIGN } from '../format/money';
import type { FigureRef } from '../workings/types';
import { inputName, inputRange, MONEY_FIELDS, perPeriod, valueInWords, valueSize } from './inputs';
import { findLine, optionName } from './names';
import type { FigureInSentence } from './types';

/**
 * Switching values in words (methodology §6): for each linear input, the value at which the two
 * options would cost the same in present value, everything else central.
 */

/** Said of an input that has no effect on the difference (a null switching value). */
export const NO_EFFECT = 'Changing this would not change the difference.';

/** The sentences' common ending. */
const SAME = 'for the two options to cost the same';

/** Inputs that cannot be below zero (format.md, lines), or make no sense there (a salary). */
const NEVER_NEGATIVE: readonly InputField[] = [
	'quantity',
	'fte',
	'salary',
	'onCostPercent',
	'probabilityPercent'
];

/** Why a value is impossible, as the start of a sentence; undefined when it is possible. */
function impossible(field: InputField, value: Decimal): string | undefined {
	if (NEVER_NEGATIVE.includes(field) && value.isNegative() && !value.isZero()) {
		return 'fall below zero';
	}
	if (field === 'probabilityPercent' && value.gt(100)) return 'rise above 100%';
	if (field === 'percent' && value.lt(-100)) return `fall below ${MINUS_SIGN}100%`;
	if (field === 'percent' && value.gt(1000)) return 'rise above 1,000%';
	return undefined;
}

/** A money value without its sign: "£346.11". */
function size(field: InputField, value: string, currency: string): string {
	return valueSize(field, value.replace(/^-/, ''), currency);
}

/**
 * A switching value's sentence, split around the value it names: `before + value + after`.
 * `value` is "" when the sentence names none (no effect, or the value already entered).
 */
export interface SwitchingParts {
	before: string;
	value: string;
	after: string;
}

/** A sentence without a value in it. */
function only(sentence: string): SwitchingParts {
	return { before: sentence, value: '', after: '' };
}

/**
 * {@link switchingValueSentence} split around the value it names, so that the value can open
 * its working.
 */
export function switchingValueParts(
	line: Line,
	field: InputField,
	value: Decimal | null,
	currency: string
): SwitchingParts {
	if (value === null) return only(NO_EFFECT);
	const rounded = roundPenniesHalfUp(value);
	const target = valueInWords(line, field, rounded, currency);
	const what = fieldWords(line, field, 'subject');
	const central = inputRange(line, field)?.central;
	if (central === undefined) {
		return { before: `${what} would have to be `, value: target, after: ` ${SAME}.` };
	}
	const now = new Exact(central);
	if (value.eq(now)) return only('The two options already cost the same at the value entered.');

	const reason = impossible(field, value);
	if (reason) {
		return {
			before: `No realistic value: ${what.toLowerCase()} would have to ${reason}, to `,
			value: target,
			after: `, ${SAME}.`
		};
	}
	const isMoney = MONEY_FIELDS.includes(field);
	const crosses = value.isNegative() !== now.isNegative();
	if (isMoney && (value.isNegative() || crosses)) {
		const per = perPeriod(line, field);
		const gain = field === 'impact' ? 'a gain' : 'a saving';
		const was = now.isZero()
			? 'nothing'
			: now.isNegative()
				? `${value.isNegative() ? '' : `${gain} of `}${size(field, central, currency)}`
				: `a cost of ${size(field, central, currency)}`;
		return {
			before: `${what} would have to be ${value.isNegative() ? gain : 'a cost'} of `,
			value: [size(field, rounded, currency), per].filter(Boolean).join(' '),
			after: ` instead of ${was} ${SAME}.`
		};
	}
	const verb = value.gt(now) ? 'rise' : 'fall';
	const from = valueSize(field, central, currency);
	const turn = crosses
		? `, ${value.isNegative() ? 'a saving rather than a cost' : 'a cost rather than a saving'},`
		: '';
	return {
		before: `${what} would have to ${verb} from ${from} to `,
		value: target,
		after: `${turn} ${SAME}.`
	};
}

/**
 * One switching value in a sentence about its input, for example "The price would have to fall
 * from £825.00 to £318.63 a week for the two options to cost the same." A money input that
 * would have to change sign is "a saving of £346.11 a day instead of a cost of £450.00"; a
 * value the format does not allow (a negative quantity, a probability over 100%) has "No
 * realistic value"; an input without effect, {@link NO_EFFECT}.
 *
 * The value is shown rounded half-up to two decimals, as in the results document; which way it
 * moves is decided on the exact value.
 *
 * @param value the exact switching value, or null when the input has no effect
 */
export function switchingValueSentence(
	line: Line,
	field: InputField,
	value: Decimal | null,
	currency: string
): string {
	const { before, value: shown, after } = switchingValueParts(line, field, value, currency);
	return before + shown + after;
}

/** One input's switching value, ready to show. */
export interface SwitchingRow {
	/** The line's label. */
	line: string;
	/** The input's name: "Price a week". */
	input: string;
	/** See {@link switchingValueSentence}. */
	sentence: string;
	/** The sentence with the line and option named, to stand alone: "Agency foster placements (Independent fostering agency): the price …". */
	text: string;
	/**
	 * The sentence split around the value, which opens its working ("£318.63 a week"); null
	 * when the sentence names no value.
	 */
	parts: FigureInSentence | null;
}

/** The switching values of one side of a comparison. */
export interface SwitchingGroup {
	/** The option's id. */
	option: string;
	name: string;
	isBaseline: boolean;
	rows: SwitchingRow[];
}

export interface SwitchingView {
	/** The id of the option compared with the baseline. */
	option: string;
	caption: string;
	/** The comparison's option first, then the baseline, as the results list them. */
	groups: SwitchingGroup[];
}

function row(
	scenario: Scenario,
	analysis: Analysis,
	comparison: string,
	entry: SwitchingValue
): SwitchingRow {
	const line = findLine(scenario, entry.option, entry.line);
	const parts = switchingValueParts(line, entry.field, entry.value, analysis.currency);
	const sentence = parts.before + parts.value + parts.after;
	const name = optionName(analysis, entry.option);
	const ref: FigureRef = {
		kind: 'switchingValue',
		comparison,
		option: entry.option,
		line: entry.line,
		field: entry.field
	};
	return {
		line: line.label,
		input: inputName(line, entry.field),
		sentence,
		text: `${line.label} (${name}): ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`,
		parts:
			parts.value === ''
				? null
				: { before: parts.before, figure: { text: parts.value, ref }, after: parts.after }
	};
}

/** The switching values of every comparison, grouped by option, in the results' order. */
export function buildSwitchingValues(scenario: Scenario, analysis: Analysis): SwitchingView[] {
	return analysis.comparisons.map((comparison) => {
		const groups: SwitchingGroup[] = [];
		for (const entry of comparison.switchingValues) {
			let group = groups.at(-1);
			if (group?.option !== entry.option) {
				group = {
					option: entry.option,
					name: optionName(analysis, entry.option),
					isBaseline: entry.option === comparison.baseline,
					rows: []
				};
				groups.push(group);
			}
			group.rows.push(row(scenario, analysis, comparison.option, entry));
		}
		const option = optionInSentence(optionName(analysis, comparison.option));
		const baseline = optionInSentence(optionName(analysis, comparison.baseline));
		return {
			option: comparison.option,
			caption: `Switching values: what would make ${option} cost the same as ${baseline} in present value`,
			groups
		};
	});
}
