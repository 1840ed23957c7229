import type Decimal from 'decimal.js';
import {
	Exact,
	roundPenniesHalfUp,
	type InputField,
	type Line,
	type Option,
	type Range,
	type Scenario
} from '$lib/engine';
import { sidesOf } from './comparison';
import { fieldName, formatInput, PERCENT_FIELDS } from './inputs';
import { comparisonOf, evidence, findLine, findOption, linesBehind } from './lookup';
import { ROUNDING_NOTE, SWITCHING_NOTE } from './notes';
import { explanation, figure, formatMoney, formatNumber, label, result, step, text } from './text';
import type { FigureRef, WorkingBuilder, WorkingStep } from './types';

/** Switching values and the sensitivity tornado, one input at a time (methodology §6). */

interface InputOf {
	option: Option;
	line: Line;
	range: Range;
	/** "the salary of Social workers (Council-run service)" */
	phrase: string;
}

function inputOf(
	scenario: Scenario,
	ref: { option: string; line: string | null; field: InputField }
): InputOf {
	const option = findOption(scenario, ref.option);
	const line = findLine(option, ref.line);
	const ranges = line as unknown as Partial<Record<InputField, Range>>;
	const range = ranges[ref.field];
	if (range === undefined) throw new RangeError(`Line "${line.id}" has no ${ref.field}`);
	return {
		option,
		line,
		range,
		phrase: `the ${fieldName(line, ref.field)} of ${line.label} (${option.name})`
	};
}

/** A switching value as format.md gives it: rounded half-up to two decimals, with its unit. */
function formatSwitchingValue(field: InputField, value: Decimal): string {
	return formatInput(field, new Exact(roundPenniesHalfUp(value)));
}

/** Inputs that cannot be negative, and the probability that cannot pass 100% (format.md). */
function isImpossible(field: InputField, value: Decimal): boolean {
	if (field === 'probabilityPercent' && value.gt(100)) return true;
	return ['quantity', 'fte', 'onCostPercent', 'probabilityPercent'].includes(field) && value.lt(0);
}

/**
 * The value of one input at which the present-value difference would be zero, everything
 * else central (methodology §6), explained in words with the numbers the engine gives.
 */
export const switchingValueWorking: WorkingBuilder<'switchingValue'> = (
	ref,
	scenario,
	analysis
) => {
	const sides = sidesOf(scenario, analysis, ref.comparison);
	const comparison = comparisonOf(analysis, ref.comparison);
	const entry = comparison.switchingValues.find(
		(candidate) =>
			candidate.option === ref.option &&
			candidate.line === ref.line &&
			candidate.field === ref.field
	);
	if (!entry) {
		throw new RangeError(`No switching value for ${ref.option}/${ref.line}/${ref.field}`);
	}
	const subject = inputOf(scenario, ref);
	const central = new Exact(subject.range.central);
	const difference = comparison.difference.presentValue;
	const differenceRef: FigureRef = {
		kind: 'difference',
		option: ref.comparison,
		measure: 'presentValue'
	};
	const steps: WorkingStep[] = [
		step(
			'calculation',
			label('Central value of this input: '),
			figure(formatInput(ref.field, central))
		),
		step(
			'calculation',
			label('Present-value difference at that value: '),
			figure(formatMoney(difference), differenceRef)
		)
	];
	const title = `Switching value of ${subject.phrase}`;
	const notes = [ROUNDING_NOTE];
	const lines = linesBehind(subject.option, subject.line);
	if (entry.value === null) {
		steps.push(
			explanation(
				`Changing ${subject.phrase} does not change the difference at all, so no value of it alone would make the options cost the same.`
			)
		);
		return { title, figure: 'None', steps, notes, ...evidence(scenario, lines) };
	}
	const value = entry.value;
	steps.push(
		explanation(
			'The difference moves in a straight line as this input changes, so the value at which it would be zero is exact: the central value minus the difference divided by how much the difference moves when the input goes up by 1, v* = v₀ − D(v₀) ÷ (D(v₀ + 1) − D(v₀)).'
		),
		step(
			'calculation',
			label('Change needed: '),
			figure(formatChange(ref.field, value.minus(central)))
		),
		step('total', label('Switching value: '), result(formatSwitchingValue(ref.field, value))),
		explanation(
			`${sides.option.name} and ${sides.baseline.name} would cost the same in present value if ${subject.phrase} were ${formatSwitchingValue(ref.field, value)} instead of ${formatInput(ref.field, central)}, everything else unchanged.`
		)
	);
	if (isImpossible(ref.field, value)) {
		steps.push(
			explanation(
				'That value cannot happen, so no realistic change to this input alone would close the gap.'
			)
		);
	}
	notes.push(SWITCHING_NOTE);
	return {
		title,
		figure: formatSwitchingValue(ref.field, value),
		steps,
		notes,
		...evidence(scenario, lines)
	};
};

/**
 * How far an input must move, with its sign and unit, rounded like a switching value: "+£516.50",
 * "−62.61 percentage points", "+3.25 FTE".
 */
function formatChange(field: InputField, change: Decimal): string {
	const rounded = new Exact(roundPenniesHalfUp(change));
	if (!PERCENT_FIELDS.includes(field)) return signed(formatInput(field, rounded));
	const points = rounded.abs().eq(1) ? 'percentage point' : 'percentage points';
	return `${signed(formatNumber(rounded))} ${points}`;
}

/** A change written with its sign: "+£12.50", "−£3.00". */
function signed(formatted: string): string {
	return /^[−-]/.test(formatted) ? formatted : `+${formatted}`;
}

/**
 * The present-value difference with one input at its low or its high value, everything else
 * central (methodology §6, the tornado).
 */
export const sensitivityWorking: WorkingBuilder<'sensitivity'> = (ref, scenario, analysis) => {
	const comparison = comparisonOf(analysis, ref.comparison);
	const entry = comparison.sensitivity.find(
		(candidate) =>
			candidate.option === ref.option &&
			candidate.line === ref.line &&
			candidate.field === ref.field
	);
	if (!entry) throw new RangeError(`No sensitivity for ${ref.option}/${ref.line}/${ref.field}`);
	const subject = inputOf(scenario, ref);
	const difference = comparison.difference.presentValue;
	const answer = ref.end === 'low' ? entry.atLow : entry.atHigh;
	const at = new Exact(subject.range[ref.end]);
	const central = new Exact(subject.range.central);
	return {
		title: `Present-value difference with ${subject.phrase} at its ${ref.end} value`,
		figure: formatMoney(answer),
		steps: [
			step(
				'calculation',
				label('Present-value difference, every input central: '),
				figure(formatMoney(difference), {
					kind: 'difference',
					option: ref.comparison,
					measure: 'presentValue'
				})
			),
			step(
				'calculation',
				label('With '),
				text(`${subject.phrase} at `),
				figure(formatInput(ref.field, at)),
				text(' instead of '),
				figure(formatInput(ref.field, central)),
				text(', everything else central: '),
				result(formatMoney(answer))
			),
			step('calculation', label('Change: '), figure(signed(formatMoney(answer.minus(difference)))))
		],
		notes: [ROUNDING_NOTE],
		...evidence(scenario, linesBehind(subject.option, subject.line))
	};
};
