import type Decimal from 'decimal.js';
import { roundPenniesHalfUp, type Analysis, type Option, type Scenario } from '$lib/engine';
import { formatPounds } from '$lib/format/money';
import { CASES_NOTE, DIFFERENCE_NOTE, RANGE_NOTE, ROUNDING_NOTE } from './notes';
import { checkYear, comparisonOf, evidence, findOption, linesOf, optionFigures } from './lookup';
import {
	explanation,
	figure,
	formatMoney,
	horizonLabel,
	label,
	measureName,
	result,
	step,
	text,
	yearLabelOf,
	yearsCount
} from './text';
import type { FigureRef, Measure, Working, WorkingBuilder, WorkingStep } from './types';

export interface Sides {
	option: Option;
	baseline: Option;
}

/** The option of a comparison and its baseline. */
export function sidesOf(scenario: Scenario, analysis: Analysis, optionId: string): Sides {
	const comparison = comparisonOf(analysis, optionId);
	return {
		option: findOption(scenario, comparison.option),
		baseline: findOption(scenario, comparison.baseline)
	};
}

/** "Independent fostering agency would cost £12,550,956.14 more than In-house foster carers…" */
function meaning(sides: Sides, difference: Decimal, when: string, measure: Measure): string {
	const rounded = roundPenniesHalfUp(difference);
	const size = formatPounds(rounded.replace('-', ''));
	const { option, baseline } = sides;
	if (/^[0.]+$/.test(rounded.replace('-', ''))) {
		return `${option.name} would cost the same as ${baseline.name} ${when}, in ${measureName(measure)}.`;
	}
	const direction = difference.isNegative() ? 'less' : 'more';
	return `${option.name} would cost ${size} ${direction} than ${baseline.name} ${when}, in ${measureName(measure)}.`;
}

/** One side of a difference: its figure, whose it is, and the working it opens. */
interface Side {
	value: Decimal;
	name: string;
	ref: FigureRef;
}

function subtraction(first: Side, second: Side, answer: Decimal, opening: string): WorkingStep {
	return step(
		'calculation',
		label(opening),
		figure(formatMoney(first.value), first.ref),
		text(` (${first.name}) − `),
		figure(formatMoney(second.value), second.ref),
		text(` (${second.name}) = `),
		result(formatMoney(answer))
	);
}

/** A difference over the horizon: the option's total minus the baseline's (methodology §6). */
export const differenceWorking: WorkingBuilder<'difference'> = (ref, scenario, analysis) => {
	const sides = sidesOf(scenario, analysis, ref.option);
	const difference = comparisonOf(analysis, ref.option).difference[ref.measure];
	const total = (option: Option): Side => ({
		value: optionFigures(analysis, option.id).total[ref.measure],
		name: option.name,
		ref: { kind: 'optionTotal', option: option.id, measure: ref.measure }
	});
	const over = `over ${yearsCount(analysis.years.length)} (${horizonLabel(analysis)})`;
	return sideMinusSide(scenario, sides, ref.measure, difference, total, {
		period: horizonLabel(analysis),
		when: over
	});
};

/**
 * A difference as the option's figure minus the baseline's, each opening its own working, and
 * what it means: `period` ends the title ("2026-27 to 2030-31"), `when` ends the sentence
 * ("over 5 years (…)", "in 2026-27").
 */
function sideMinusSide(
	scenario: Scenario,
	sides: Sides,
	measure: Measure,
	difference: Decimal,
	side: (option: Option) => Side,
	words: { period: string; when: string }
): Working {
	return {
		title: `Difference in ${measureName(measure)}: ${sides.option.name} minus ${sides.baseline.name}, ${words.period}`,
		figure: formatMoney(difference),
		steps: [
			subtraction(side(sides.option), side(sides.baseline), difference, 'Difference: '),
			explanation(meaning(sides, difference, words.when, measure))
		],
		notes: [ROUNDING_NOTE, DIFFERENCE_NOTE],
		...evidence(scenario, linesOf(sides.option, sides.baseline))
	};
}

/** A difference in one year: the option's figure minus the baseline's. */
export const differenceYearWorking: WorkingBuilder<'differenceYear'> = (
	ref,
	scenario,
	analysis
) => {
	checkYear(scenario, ref.year);
	const sides = sidesOf(scenario, analysis, ref.option);
	const t = ref.year - 1;
	const year = yearLabelOf(analysis, ref.year);
	const difference = comparisonOf(analysis, ref.option).years[t][ref.measure];
	const inYear = (option: Option): Side => ({
		value: optionFigures(analysis, option.id).years[t][ref.measure],
		name: option.name,
		ref: { kind: 'optionYear', option: option.id, year: ref.year, measure: ref.measure }
	});
	return sideMinusSide(scenario, sides, ref.measure, difference, inYear, {
		period: year,
		when: `in ${year}`
	});
};

/** One end of a difference's range: option low − baseline high, or high − low (methodology §5). */
export const differenceRangeWorking: WorkingBuilder<'differenceRange'> = (
	ref,
	scenario,
	analysis
) => {
	const sides = sidesOf(scenario, analysis, ref.option);
	const answer = comparisonOf(analysis, ref.option).differenceRange[ref.measure][ref.end];
	const optionCase = ref.end;
	const baselineCase = ref.end === 'low' ? 'high' : 'low';
	const caseOf = (option: Option, which: 'low' | 'high'): Side => ({
		value: optionFigures(analysis, option.id)[which][ref.measure],
		name: `${option.name}, ${which} case`,
		ref: { kind: 'optionTotal', option: option.id, measure: ref.measure, case: which }
	});
	return {
		title: `${ref.end === 'low' ? 'Low' : 'High'} end of the difference in ${measureName(ref.measure)}: ${sides.option.name} minus ${sides.baseline.name}, ${horizonLabel(analysis)}`,
		figure: formatMoney(answer),
		steps: [
			subtraction(
				caseOf(sides.option, optionCase),
				caseOf(sides.baseline, baselineCase),
				answer,
				`${ref.end === 'low' ? 'Low' : 'High'} end: `
			)
		],
		notes: [ROUNDING_NOTE, RANGE_NOTE, CASES_NOTE],
		...evidence(scenario, linesOf(sides.option, sides.baseline))
	};
};
