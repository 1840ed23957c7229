import { ZERO, type Decimal } from './decimal';
import { exactQuotient } from './precision';
import {
	compare,
	fromDecimal,
	magnitude,
	minus,
	plus,
	SCALED_ZERO,
	times,
	toDecimal,
	type Scaled
} from './scaled';
import {
	biasFactor,
	biasRateOf,
	directTerm,
	baseSlope,
	scaledTermsTotals,
	valuesAt,
	type BiasRate,
	type DecimalRange,
	type InputValues,
	type PreparedLine,
	type PreparedOption,
	type Term
} from './lines';
import type { Measure, SeriesCache } from './series';
import {
	INPUT_FIELDS,
	LINEAR_FIELDS,
	OPTION_INPUT_FIELDS,
	type InputField,
	type LineInputField,
	type OptionInputField
} from './types';
import type { SensitivityEntry, SwitchingValue } from './analysis';

/**
 * One input of an option (methodology §6): a field of one of its lines, or (line null) one of
 * the option's own optimism bias rates (§4a).
 */
export type InputRef =
	{ line: number; field: LineInputField } | { line: null; field: OptionInputField };

/**
 * The figure an input is held against: a measure over years 1..`years` (methodology §6a), or
 * for sensitivity and switching values the present value over the whole horizon.
 */
export interface Window {
	measure: Measure;
	years: number;
}

/** Present value over the whole horizon: what sensitivity and switching values use (§6). */
export const WHOLE_HORIZON: Window = { measure: 'presentValue', years: Infinity };

/** One input's change at its low and its high end (methodology §6). */
export interface Swing {
	input: InputRef;
	line: string | null;
	low: Scaled;
	high: Scaled;
	/** |high − low|: the length of the input's bar. */
	swing: Scaled;
}

/** A linear input's central value and slope, exact, with both as BigInt decimals for quotients. */
interface Linear {
	central: Scaled;
	slope: Decimal;
	scaledSlope: Scaled;
}

/** What one option works out for one window, kept: the same window is asked for many times. */
interface WindowFigures {
	window: Window;
	/** Each direct line's central figure before bias over the window (undefined until asked). */
	lineTotals: (Scaled | undefined)[];
	/** Each direct line's factor sum over the window times its weight. */
	weightedSums: (Scaled | undefined)[];
	/** By `line|field` (line "null" for the option's own inputs). */
	linear: Map<string, Linear>;
}

const BIAS_RATE: Record<OptionInputField, BiasRate> = {
	'optimismBias.oneOffPercent': 'oneOffPercent',
	'optimismBias.ongoingPercent': 'ongoingPercent'
};

/** A hundredth, exactly, as a BigInt decimal. */
const SCALED_HUNDREDTH: Scaled = { m: 1n, e: -2 };

/**
 * One option, prepared for one-input changes. Changing one input moves only its own line and
 * the overheads that name it, so each variant costs at most one line's re-evaluation, not the
 * whole option's (methodology §6). The option's figures are linear in most inputs (and in its
 * optimism bias rates), so for those one slope per window serves every value; results are
 * kept, so a baseline compared with several options is worked out once. Sums and products run
 * exactly on BigInt decimals (scaled.ts); only figures handed out become Decimals.
 */
export class OptionVariants {
	readonly id: string;
	readonly lines: readonly PreparedLine[];
	readonly #option: PreparedOption;
	readonly #cache: SeriesCache;
	readonly #centralValues: InputValues[];
	/** Each direct line's central term before optimism bias (none for overheads). */
	readonly #centralTerms: (Term | undefined)[];
	/** The central ongoing bias factor, 1 + ongoingPercent / 100. */
	readonly #ongoing: Scaled;
	/**
	 * What a pound of a direct line's cash before bias costs the option: its own bias factor,
	 * plus the ongoing factor times the fractions of every overhead naming it.
	 */
	readonly #weights: Scaled[];
	readonly #windows = new Map<string, WindowFigures>();
	#wholeHorizon: WindowFigures | undefined;
	#swings: Swing[] | undefined;
	#sortedSwings: Swing[] | undefined;

	/** @param central the option's central terms before bias, from the analysis, if at hand */
	constructor(option: PreparedOption, cache: SeriesCache, central?: readonly (Term | undefined)[]) {
		this.id = option.id;
		this.lines = option.lines;
		this.#option = option;
		this.#cache = cache;
		const { lines, bias } = option;
		this.#centralValues = lines.map((line) => valuesAt(line, 'central'));
		this.#centralTerms = lines.map((line, i) =>
			line.kind === 'percentOf'
				? undefined
				: (central?.[i] ?? directTerm(line, this.#centralValues[i], cache))
		);
		this.#ongoing = fromDecimal(biasFactor(bias?.ongoingPercent.central));
		const oneOff = fromDecimal(biasFactor(bias?.oneOffPercent.central));
		this.#weights = lines.map((line) => (line.kind === 'oneOff' ? oneOff : this.#ongoing));
		for (const line of lines) {
			if (line.kind !== 'percentOf') continue;
			const fraction = times(this.#fraction(line), this.#ongoing);
			for (const j of line.of) this.#weights[j] = plus(this.#weights[j], fraction);
		}
	}

	/** An overhead's central percentage as a fraction. */
	#fraction(line: PreparedLine): Scaled {
		return times(fromDecimal(line.inputs.percent!.central), SCALED_HUNDREDTH);
	}

	/** The change in the option's present value when one input takes `value` (methodology §6). */
	change(input: InputRef, value: Decimal): Scaled {
		if (input.line === null || LINEAR.has(input.field)) {
			const { central, scaledSlope } = this.linear(input, WHOLE_HORIZON);
			return times(minus(fromDecimal(value), central), scaledSlope);
		}
		const { line, field } = input;
		const prepared = this.lines[line];
		if (prepared.kind === 'percentOf') throw new RangeError('an overhead has only linear inputs');
		const values = { ...this.#centralValues[line], [field]: value };
		const [changed] = scaledTermsTotals(
			[directTerm(prepared, values, this.#cache)],
			['presentValue']
		);
		const before = this.#lineTotal(line, this.#window(WHOLE_HORIZON));
		return times(minus(changed, before), this.#weights[line]);
	}

	/**
	 * A linear input's central value and slope over a window (how much the option's figure
	 * there moves for each unit more of the input, everything else central), the slope also as
	 * a BigInt decimal.
	 */
	linear(input: InputRef, window: Window): Linear {
		const figures = this.#window(window);
		const key = `${input.line}|${input.field}`;
		let linear = figures.linear.get(key);
		if (!linear) {
			const scaledSlope = this.#scaledSlope(input, figures);
			linear = {
				central: fromDecimal(this.range(input).central),
				slope: toDecimal(scaledSlope),
				scaledSlope
			};
			figures.linear.set(key, linear);
		}
		return linear;
	}

	#window(window: Window): WindowFigures {
		if (window === WHOLE_HORIZON) return (this.#wholeHorizon ??= this.#newWindow(window));
		const key = `${window.measure}|${window.years}`;
		let figures = this.#windows.get(key);
		if (!figures) {
			figures = this.#newWindow(window);
			this.#windows.set(key, figures);
		}
		return figures;
	}

	#newWindow(window: Window): WindowFigures {
		return { window, lineTotals: [], weightedSums: [], linear: new Map() };
	}

	#scaledSlope(input: InputRef, figures: WindowFigures): Scaled {
		if (input.line === null) return this.#biasSlope(BIAS_RATE[input.field], figures);
		const { line, field } = input;
		const prepared = this.lines[line];
		if (prepared.kind === 'percentOf') {
			return times(this.#namedTotal(prepared.of, figures), times(SCALED_HUNDREDTH, this.#ongoing));
		}
		// Only the base moves: the growth and the active years, and so the factor sum, stay.
		const base = fromDecimal(baseSlope(prepared, this.#centralValues[line], field));
		return times(base, this.#weightedSum(line, figures));
	}

	/** A direct line's central factor sum over a window times its weight: its slope per pound of base. */
	#weightedSum(lineIndex: number, figures: WindowFigures): Scaled {
		return (figures.weightedSums[lineIndex] ??= times(
			windowSum(this.#centralTerm(lineIndex), figures.window),
			this.#weights[lineIndex]
		));
	}

	/** d(option's figure)/d(rate): a hundredth of the cash before bias of the lines it raises. */
	#biasSlope(rate: BiasRate, figures: WindowFigures): Scaled {
		let raised = SCALED_ZERO;
		this.lines.forEach((line, i) => {
			if (biasRateOf(line) !== rate) return;
			const part =
				line.kind !== 'percentOf'
					? this.#lineTotal(i, figures)
					: times(this.#namedTotal(line.of, figures), this.#fraction(line));
			raised = plus(raised, part);
		});
		return times(raised, SCALED_HUNDREDTH);
	}

	/** The central figure before bias of the lines an overhead names, over a window. */
	#namedTotal(of: readonly number[], figures: WindowFigures): Scaled {
		let named = SCALED_ZERO;
		for (const j of of) named = plus(named, this.#lineTotal(j, figures));
		return named;
	}

	/** A direct line's central figure before bias over a window. */
	#lineTotal(lineIndex: number, figures: WindowFigures): Scaled {
		let total = figures.lineTotals[lineIndex];
		if (total === undefined) {
			const term = this.#centralTerm(lineIndex);
			total = times(term.coefficient, windowSum(term, figures.window));
			figures.lineTotals[lineIndex] = total;
		}
		return total;
	}

	#centralTerm(lineIndex: number): Term {
		const term = this.#centralTerms[lineIndex];
		if (!term) throw new RangeError('an overhead has no single term');
		return term;
	}

	/**
	 * Every input whose low and high differ, in input order, with the change in the option's
	 * present value at each end (methodology §6). It does not depend on the other side, so an
	 * option compared several times (the baseline) works it out once.
	 */
	swings(): readonly Swing[] {
		this.#swings ??= [...this.inputs(ALL_INPUTS)].flatMap((input) => {
			const range = this.range(input);
			if (range.low.eq(range.high)) return [];
			const low = this.change(input, range.low);
			const high = this.change(input, range.high);
			const swing = magnitude(minus(high, low));
			return [{ input, line: this.lineId(input), low, high, swing }];
		});
		return this.#swings;
	}

	/** The same, largest swing first, equal swings in input order (a stable sort). */
	sortedSwings(): readonly Swing[] {
		this.#sortedSwings ??= [...this.swings()].sort((a, b) => compare(b.swing, a.swing));
		return this.#sortedSwings;
	}

	/**
	 * The option's inputs among `fields`, in input order (methodology §6): lines in order,
	 * each line's fields in the order of format.md's table, then the option's own bias rates
	 * where it gives optimism bias.
	 */
	*inputs(fields: ReadonlySet<InputField>): Generator<InputRef> {
		for (let i = 0; i < this.lines.length; i++) {
			for (const field of Object.keys(this.lines[i].inputs) as LineInputField[]) {
				if (fields.has(field)) yield { line: i, field };
			}
		}
		if (!this.#option.bias) return;
		for (const field of OPTION_INPUT_FIELDS) if (fields.has(field)) yield { line: null, field };
	}

	range(input: InputRef): DecimalRange {
		if (input.line === null) return this.#option.bias![BIAS_RATE[input.field]];
		const inputs: Partial<Record<LineInputField, DecimalRange>> = this.lines[input.line].inputs;
		return inputs[input.field]!;
	}

	/** The id of an input's line, or null for the option's own inputs. */
	lineId(input: InputRef): string | null {
		return input.line === null ? null : this.lines[input.line].id;
	}
}

/** The sum of a term's factors over the years of a window it is active in. */
function windowSum(term: Term, window: Window): Scaled {
	const to = Math.min(term.to, window.years);
	return term.from > to ? SCALED_ZERO : term.series.scaledWindowSum(window.measure, term.from, to);
}

/** The two sides of a comparison, in input order: the option, then the baseline (negated). */
export function sides(
	option: OptionVariants,
	baseline: OptionVariants
): [OptionVariants, boolean][] {
	return [
		[option, false],
		[baseline, true]
	];
}

/**
 * The tornado (methodology §6): for each input of either side whose low and high differ, the
 * present-value difference with that input alone at its low and at its high. Largest swing
 * first; exactly equal swings keep input order. Each side's list is sorted once, stably (the
 * baseline's serves every comparison), and the two are merged taking the option's entry on a
 * tie, which is the stable sort of the option's inputs followed by the baseline's.
 */
export function sensitivity(
	option: OptionVariants,
	baseline: OptionVariants,
	difference: Decimal
): SensitivityEntry[] {
	const centralDifference = fromDecimal(difference);
	const entry = (side: OptionVariants, negated: boolean, swing: Swing): SensitivityEntry => {
		const { input, line, low, high } = swing;
		const at = (change: Scaled): Decimal =>
			toDecimal((negated ? minus : plus)(centralDifference, change));
		return { option: side.id, line, field: input.field, atLow: at(low), atHigh: at(high) };
	};
	const ours = option.sortedSwings();
	const theirs = baseline.sortedSwings();
	const entries: SensitivityEntry[] = [];
	let i = 0;
	let j = 0;
	while (i < ours.length || j < theirs.length) {
		const takeOurs =
			j >= theirs.length || (i < ours.length && compare(ours[i].swing, theirs[j].swing) >= 0);
		entries.push(takeOurs ? entry(option, false, ours[i++]) : entry(baseline, true, theirs[j++]));
	}
	return entries;
}

/**
 * The value of each linear input of either side, in input order, at which the difference
 * over a window would equal `target`, everything else central: v = v0 − (D(v0) − target) /
 * slope, exact to the penny whatever its size (methodology §6, §6a, §7); null where the input
 * has no effect.
 */
export function requiredValues(
	option: OptionVariants,
	baseline: OptionVariants,
	difference: Decimal,
	target: Decimal,
	window: Window = WHOLE_HORIZON
): SwitchingValue[] {
	const values: SwitchingValue[] = [];
	const gap = fromDecimal(difference.minus(target));
	for (const [side, negated] of sides(option, baseline)) {
		for (const input of side.inputs(LINEAR_INPUTS)) {
			const { central, slope, scaledSlope } = side.linear(input, window);
			// The baseline's slope is negated, and so is the quotient: v0 + gap / its own slope.
			const step = slope.isZero() ? null : exactQuotient(gap, scaledSlope);
			const value =
				step === null ? null : toDecimal(negated ? plus(central, step) : minus(central, step));
			values.push({
				option: side.id,
				line: side.lineId(input),
				field: input.field,
				value,
				slope: negated ? slope.negated() : slope
			});
		}
	}
	return values;
}

/**
 * Switching values (methodology §6): for each linear input of either side, the value at which
 * the present-value difference would be zero, everything else central.
 */
export function switchingValues(
	option: OptionVariants,
	baseline: OptionVariants,
	difference: Decimal
): SwitchingValue[] {
	return requiredValues(option, baseline, difference, ZERO);
}

/** Every input sensitivity looks at: each line field, then the option's bias rates. */
const ALL_INPUTS = new Set<InputField>([...INPUT_FIELDS, ...OPTION_INPUT_FIELDS]);
/** Inputs a figure is linear in: switching values and claim requirements use these. */
const LINEAR_INPUTS = new Set<InputField>([...LINEAR_FIELDS, ...OPTION_INPUT_FIELDS]);
const LINEAR = new Set<InputField>(LINEAR_FIELDS);
