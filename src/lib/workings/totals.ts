import type Decimal from 'decimal.js';
import {
	Exact,
	roundPenniesHalfUp,
	type Analysis,
	type Measures,
	type Scenario
} from '$lib/engine';
import { formatPounds } from '$lib/format/money';
import { fieldName, formatInput, rangedInputs } from './inputs';
import { CASES_NOTE, ROUNDING_NOTE, TOTAL_NOTE } from './notes';
import {
	checkYear,
	evidence,
	findLine,
	findOption,
	lineFigures,
	linesBehind,
	linesOf,
	optionFigures
} from './lookup';
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
	yearLabelOf
} from './text';
import type {
	FigureRef,
	InputCase,
	Measure,
	Working,
	WorkingStep,
	RefOf,
	WorkingBuilder
} from './types';

/** Said when the rounded parts of a total do not add up to the rounded total (methodology §7). */
export function mismatchNote(parts: readonly Decimal[], total: Decimal): string | undefined {
	let sum: Decimal = new Exact(0);
	for (const part of parts) sum = sum.plus(roundPenniesHalfUp(part));
	if (sum.eq(roundPenniesHalfUp(total))) return undefined;
	return `Added up, the rounded figures above come to ${formatPounds(roundPenniesHalfUp(sum))}: figures may not sum because of rounding.`;
}

function totalNotes(parts: readonly Decimal[], total: Decimal): string[] {
	const mismatch = mismatchNote(parts, total);
	return mismatch === undefined
		? [ROUNDING_NOTE, TOTAL_NOTE]
		: [ROUNDING_NOTE, TOTAL_NOTE, mismatch];
}

/** One year of the horizon as a part of a total: "2026-27: £1,625,000.00". */
function yearPart(analysis: Analysis, year: number, value: Decimal, ref: FigureRef): WorkingStep {
	return step('part', label(`${yearLabelOf(analysis, year)}: `), figure(formatMoney(value), ref));
}

function totalStep(what: string, value: Decimal): WorkingStep {
	return step('total', label(`${what}: `), result(formatMoney(value)));
}

function horizonSteps(
	analysis: Analysis,
	years: readonly Measures[],
	measure: Measure,
	ref: (year: number) => FigureRef
): WorkingStep[] {
	return years.map((figures, t) => yearPart(analysis, t + 1, figures[measure], ref(t + 1)));
}

type OptionTotalRef = RefOf<'optionTotal'>;

/** A line's total over the horizon: the sum of its years. */
export const lineTotalWorking: WorkingBuilder<'lineTotal'> = (ref, scenario, analysis) => {
	const option = findOption(scenario, ref.option);
	const line = findLine(option, ref.line);
	const figures = lineFigures(optionFigures(analysis, ref.option), ref.line);
	return horizonTotalWorking(
		analysis,
		`${line.label} (${option.name})`,
		figures,
		ref.measure,
		(year) => ({
			kind: 'lineYear',
			option: ref.option,
			line: ref.line,
			year,
			measure: ref.measure
		}),
		evidence(scenario, linesBehind(option, line))
	);
};

/**
 * A total over the horizon as the sum of its years, each of which opens its own working:
 * `whose` names the line or option ("Agency foster placements (Independent fostering agency)").
 */
function horizonTotalWorking(
	analysis: Analysis,
	whose: string,
	figures: { years: readonly Measures[]; total: Measures },
	measure: Measure,
	ref: (year: number) => FigureRef,
	behind: Pick<Working, 'sources' | 'caveats'>
): Working {
	const total = figures.total[measure];
	return {
		title: `${whose}: total ${measureName(measure)}, ${horizonLabel(analysis)}`,
		figure: formatMoney(total),
		steps: [
			...horizonSteps(analysis, figures.years, measure, ref),
			totalStep(`Total, ${horizonLabel(analysis)}`, total)
		],
		notes: totalNotes(
			figures.years.map((year) => year[measure]),
			total
		),
		...behind
	};
}

/** An option's figure in one year: the sum of its lines in that year. */
export const optionYearWorking: WorkingBuilder<'optionYear'> = (ref, scenario, analysis) => {
	const option = findOption(scenario, ref.option);
	checkYear(scenario, ref.year);
	const figures = optionFigures(analysis, ref.option);
	const t = ref.year - 1;
	const year = yearLabelOf(analysis, ref.year);
	const total = figures.years[t][ref.measure];
	const parts = figures.lines.map((line) => line.years[t][ref.measure]);
	return {
		title: `${option.name}, ${year}: ${measureName(ref.measure)}`,
		figure: formatMoney(total),
		steps: [
			...(option.lines.length === 0 ? [explanation('This option has no cost lines.')] : []),
			...figures.lines.map((line, i) =>
				step(
					'part',
					label(`${option.lines[i]?.label ?? line.label}: `),
					figure(formatMoney(parts[i]), {
						kind: 'lineYear',
						option: ref.option,
						line: line.id,
						year: ref.year,
						measure: ref.measure
					})
				)
			),
			totalStep(`Total, ${year}`, total)
		],
		notes: totalNotes(parts, total),
		...evidence(scenario, linesOf(option))
	};
};

/** An option's total over the horizon: the sum of its years, or the low or high case. */
export const optionTotalWorking: WorkingBuilder<'optionTotal'> = (ref, scenario, analysis) => {
	const option = findOption(scenario, ref.option);
	const figures = optionFigures(analysis, ref.option);
	const which = ref.case ?? 'central';
	if (which !== 'central') return optionCaseWorking(ref, which, scenario, analysis);
	return horizonTotalWorking(
		analysis,
		option.name,
		figures,
		ref.measure,
		(year) => ({ kind: 'optionYear', option: ref.option, year, measure: ref.measure }),
		evidence(scenario, linesOf(option))
	);
};

function optionCaseWorking(
	ref: OptionTotalRef,
	which: Exclude<InputCase, 'central'>,
	scenario: Scenario,
	analysis: Analysis
): Working {
	const option = findOption(scenario, ref.option);
	const total = optionFigures(analysis, ref.option)[which][ref.measure];
	const ranged = option.lines.flatMap((line) =>
		rangedInputs(line).map(({ field, range }) =>
			step(
				'part',
				label(`${line.label}, ${fieldName(line, field)}: `),
				figure(formatInput(field, new Exact(range[which]))),
				text(` (central ${formatInput(field, new Exact(range.central))})`)
			)
		)
	);
	const intro =
		ranged.length === 0
			? `No input of this option has a range, so the ${which} case is the same as the central case.`
			: `The ${which} case puts every input of this option that has a range at its ${which} value at once:`;
	return {
		title: `${option.name}: total ${measureName(ref.measure)}, ${which} case, ${horizonLabel(analysis)}`,
		figure: formatMoney(total),
		steps: [
			explanation(intro),
			...ranged,
			totalStep(`Total, ${which} case, ${horizonLabel(analysis)}`, total)
		],
		notes: [ROUNDING_NOTE, CASES_NOTE],
		...evidence(scenario, linesOf(option))
	};
}
