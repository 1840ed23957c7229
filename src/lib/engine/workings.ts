import { Exact, ONE, percentToFraction, toDecimal, type Decimal } from './decimal';
import { discountFactors } from './discounting';
import {
	biasRateOf,
	lineBase,
	lineGrowth,
	prepareLines,
	valuesAt,
	type BiasRate,
	type DirectLine,
	type InputValues
} from './lines';
import { SeriesCache } from './series';
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
	/**
	 * For an overhead: its percentage and the lines it names in this year, each with its
	 * figures and its cash before optimism bias, on which the overhead is charged (§4a).
	 */
	overhead?: {
		percent: Decimal;
		of: { line: string; figures: Measures; cashBeforeBias: Decimal }[];
	};
	/**
	 * The line's cash this year before optimism bias (§4a): `figures.cash` is exactly this ×
	 * (1 + bias.percent / 100). The same as `figures.cash` when the option gives no bias.
	 */
	cashBeforeBias: Decimal;
	/** The optimism bias rate that raises this line, central case; only where the option gives one. */
	bias?: { rate: BiasRate; percent: Decimal };
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
	const preparedLines = prepareLines(scenario, option.lines);
	const prepared = preparedLines[lineIndex];
	const t = year - 1;
	const figuresOf = (i: number): Measures => analysis.options[optionIndex].lines[i].years[t];
	const inflation = ONE.plus(percentToFraction(toDecimal(scenario.inflationPercent)));
	const cache = new SeriesCache(inflation, scenario.discount, scenario.horizonYears);
	/** A direct line's cash in this year before optimism bias: its base × its growth factor. */
	const beforeBias = (i: number): Decimal => {
		const each = preparedLines[i];
		if (each.kind === 'percentOf' || year < each.from || year > each.to) return new Exact(0);
		const values = valuesAt(each, 'central');
		return lineBase(each, values).times(cache.get(lineGrowth(each, values)).factor('cash', t));
	};
	const rate = biasRateOf(line);
	const bias = option.optimismBias && {
		rate,
		percent: toDecimal(option.optimismBias[rate].central)
	};
	const common = {
		option: optionId,
		line,
		year,
		t,
		inflationFactor: new Exact(inflation).pow(t),
		discountFactor: discountFactors(scenario.discount, year)[t],
		figures: figuresOf(lineIndex),
		...(bias ? { bias } : {})
	};
	if (prepared.kind === 'percentOf') {
		const percent = prepared.inputs.percent.central;
		const of = prepared.of.map((i) => ({
			line: option.lines[i].id,
			figures: figuresOf(i),
			cashBeforeBias: beforeBias(i)
		}));
		let named: Decimal = new Exact(0);
		for (const each of of) named = named.plus(each.cashBeforeBias);
		return {
			...common,
			active: true,
			inputs: [{ field: 'percent', value: percent }],
			base: percent,
			overhead: { percent, of },
			cashBeforeBias: percentToFraction(percent).times(named)
		};
	}
	const values = valuesAt(prepared, 'central');
	return {
		...common,
		active: prepared.from <= year && year <= prepared.to,
		inputs: inputsOf(prepared, values),
		base: lineBase(prepared, values),
		cashBeforeBias: beforeBias(lineIndex),
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
