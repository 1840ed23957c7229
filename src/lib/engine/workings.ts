import { Exact, ONE, percentToFraction, toDecimal, type Decimal } from './decimal';
import { discountFactors } from './discounting';
import { lineBase, prepareLines, valuesAt, type DirectLine, type InputValues } from './lines';
import type { Analysis, Measures } from './analysis';
import type { LineInputField, Line, Scenario } from './types';

/** One input as it entered a line's cash, central case. */
export interface WorkingInput {
	field: LineInputField | 'periodsPerYear';
	value: Decimal;
}

/**
 * How one line's figure for one year was made (methodology §2–§4), with the engine's own
 * numbers, so a page can show "£325 a week × 52 weeks × 100 × 1.02¹ = £1,723,800.00" and then
 * the real and present-value steps. Everything is exact and unrounded.
 */
export interface LineYearWorking {
	option: string;
	line: Line;
	/** 1-based year, and t = year − 1 as the formulas use it. */
	year: number;
	t: number;
	/** False outside the line's years, where every figure is zero. */
	active: boolean;
	/** The central inputs, in format.md's field order, with periods a year for recurring lines. */
	inputs: WorkingInput[];
	/** Start-year cash before growth: amount × periods × quantity, fte × salary × (1 + on-costs)… */
	base: Decimal;
	/** The yearly growth bases 1 + g (recurring lines only) and 1 + u; the year's factor is each to the power t. */
	quantityGrowth?: Decimal;
	uplift?: Decimal;
	/** For an overhead: its percentage and the cash of the lines it names in this year. */
	overhead?: { percent: Decimal; of: { line: string; figures: Measures }[] };
	/** (1 + general inflation)^t: cash ÷ this = real. */
	inflationFactor: Decimal;
	/** DF(t): real × this = present value. */
	discountFactor: Decimal;
	figures: Measures;
}

/**
 * The working behind one line's figure in one year, central case.
 *
 * @param year 1-based year of the horizon
 */
export function lineYearWorking(
	scenario: Scenario,
	analysis: Analysis,
	optionId: string,
	lineId: string,
	year: number
): LineYearWorking {
	const optionIndex = scenario.options.findIndex((o) => o.id === optionId);
	const option = scenario.options[optionIndex];
	const lineIndex = option?.lines.findIndex((l) => l.id === lineId) ?? -1;
	if (!option || lineIndex < 0) throw new RangeError(`No line "${lineId}" in option "${optionId}"`);
	const line = option.lines[lineIndex];
	const prepared = prepareLines(scenario, option.lines)[lineIndex];
	const t = year - 1;
	const figuresOf = (i: number): Measures => analysis.options[optionIndex].lines[i].years[t];
	const inflation = ONE.plus(percentToFraction(toDecimal(scenario.inflationPercent)));
	const common = {
		option: optionId,
		line,
		year,
		t,
		inflationFactor: new Exact(inflation).pow(t),
		discountFactor: discountFactors(scenario.discount, year)[t],
		figures: figuresOf(lineIndex)
	};
	if (prepared.kind === 'percentOf') {
		const percent = prepared.inputs.percent.central;
		return {
			...common,
			active: true,
			inputs: [{ field: 'percent', value: percent }],
			base: percent,
			overhead: {
				percent,
				of: prepared.of.map((i) => ({ line: option.lines[i].id, figures: figuresOf(i) }))
			}
		};
	}
	const values = valuesAt(prepared, 'central');
	return {
		...common,
		active: prepared.from <= year && year <= prepared.to,
		inputs: inputsOf(prepared, values),
		base: lineBase(prepared, values),
		quantityGrowth:
			prepared.kind === 'recurring'
				? ONE.plus(percentToFraction(values.quantityGrowthPercent!))
				: undefined,
		uplift: ONE.plus(percentToFraction(values.upliftPercent!))
	};
}

function inputsOf(line: DirectLine, values: InputValues): WorkingInput[] {
	const inputs: WorkingInput[] = (Object.keys(values) as LineInputField[])
		.filter((field) => field !== 'upliftPercent' && field !== 'quantityGrowthPercent')
		.map((field) => ({ field, value: values[field]! }));
	if (line.kind === 'recurring')
		inputs.splice(1, 0, { field: 'periodsPerYear', value: line.periods });
	return inputs;
}
