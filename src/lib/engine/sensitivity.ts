import { Factor, HUNDREDTH, ONE, ZERO, type Decimal } from './decimal';
import {
	directTerm,
	lineBase,
	termsTotal,
	valuesAt,
	type InputValues,
	type PreparedLine,
	type Term
} from './lines';
import type { SeriesCache } from './series';
import { INPUT_FIELDS, LINEAR_FIELDS, type InputField } from './types';
import type { SensitivityEntry, SwitchingValue } from './analysis';

/**
 * One option's lines, prepared for one-input changes. Changing one input moves only its own
 * line and the overheads that name it, so each variant costs at most one line's re-evaluation,
 * not the whole option's (methodology §6). The option's present value is linear in most inputs,
 * so for those one slope serves every value; results are kept, so a baseline compared with
 * several options is worked out once.
 */
export class OptionVariants {
	readonly id: string;
	readonly lines: readonly PreparedLine[];
	readonly #cache: SeriesCache;
	readonly #centralValues: InputValues[];
	/** Each direct line's central term (none for overheads). */
	readonly #centralTerms: (Term | undefined)[];
	/** Central present value of each direct line over the horizon (zero for overheads). */
	readonly #presentValues: Decimal[];
	/** 1 + the fractions of every overhead naming each line: how much a pound on it costs the option. */
	readonly #weights: Decimal[];
	readonly #known = new Map<string, Decimal>();

	constructor(id: string, lines: readonly PreparedLine[], cache: SeriesCache) {
		this.id = id;
		this.lines = lines;
		this.#cache = cache;
		this.#centralValues = lines.map((line) => valuesAt(line, 'central'));
		this.#centralTerms = lines.map((line, i) =>
			line.kind === 'percentOf' ? undefined : directTerm(line, this.#centralValues[i], cache)
		);
		this.#presentValues = this.#centralTerms.map((term) =>
			term ? termsTotal([term], 'presentValue') : ZERO
		);
		this.#weights = lines.map(() => ONE);
		for (const line of lines) {
			if (line.kind !== 'percentOf') continue;
			const fraction = line.inputs.percent.central.times(HUNDREDTH);
			for (const j of line.of) this.#weights[j] = this.#weights[j].plus(fraction);
		}
	}

	/** The change in the option's present value when one input of one line takes `value`. */
	change(lineIndex: number, field: InputField, value: Decimal): Decimal {
		const central = this.#centralValues[lineIndex][field]!;
		if (LINEAR.has(field)) return value.minus(central).times(this.slope(lineIndex, field));
		return this.#remember(`${lineIndex}|${field}|${value.toString()}`, () =>
			this.#reevaluate(lineIndex, field, value)
		);
	}

	/** The change in the option's present value for each unit more of a linear input. */
	slope(lineIndex: number, field: InputField): Decimal {
		return this.#remember(`${lineIndex}|${field}|slope`, () => {
			const line = this.lines[lineIndex];
			if (line.kind !== 'percentOf') {
				return this.#reevaluate(lineIndex, field, this.#centralValues[lineIndex][field]!.plus(ONE));
			}
			let named = ZERO;
			for (const j of line.of) named = named.plus(this.#presentValues[j]);
			return named.times(HUNDREDTH);
		});
	}

	#reevaluate(lineIndex: number, field: InputField, value: Decimal): Decimal {
		const line = this.lines[lineIndex];
		if (line.kind === 'percentOf') throw new RangeError('an overhead has only linear inputs');
		const values = { ...this.#centralValues[lineIndex], [field]: value };
		if (LINEAR.has(field)) {
			// Only the base moves: the growth and the active years, and so the factor sum, stay.
			const term = this.#centralTerm(lineIndex);
			const sum = term.series.windowSum('presentValue', term.from, term.to);
			const base = lineBase(line, values).minus(term.coefficient);
			return base.times(sum).times(this.#weights[lineIndex]);
		}
		const changed = termsTotal([directTerm(line, values, this.#cache)], 'presentValue');
		return changed.minus(this.#presentValues[lineIndex]).times(this.#weights[lineIndex]);
	}

	#centralTerm(lineIndex: number): Term {
		const term = this.#centralTerms[lineIndex];
		if (!term) throw new RangeError('an overhead has no single term');
		return term;
	}

	#remember(key: string, work: () => Decimal): Decimal {
		let value = this.#known.get(key);
		if (value === undefined) {
			value = work();
			this.#known.set(key, value);
		}
		return value;
	}

	/** The line's inputs in format.md's field order. */
	*inputs(fields: readonly InputField[]): Generator<[number, InputField]> {
		for (let i = 0; i < this.lines.length; i++) {
			const inputs = this.lines[i].inputs as Partial<Record<InputField, unknown>>;
			for (const field of fields) if (field in inputs) yield [i, field];
		}
	}

	range(lineIndex: number, field: InputField): Record<'low' | 'central' | 'high', Decimal> {
		const inputs = this.lines[lineIndex].inputs as Partial<
			Record<InputField, Record<'low' | 'central' | 'high', Decimal>>
		>;
		return inputs[field]!;
	}
}

/** The two sides of a comparison, in format.md's input order: the option first, then the baseline. */
function sides(option: OptionVariants, baseline: OptionVariants): [OptionVariants, Decimal][] {
	return [
		[option, ONE],
		[baseline, ONE.negated()]
	];
}

/**
 * The tornado (methodology §6): for each input of either side whose low and high differ, the
 * present-value difference with that input alone at its low and at its high. Largest swing
 * first; ties keep input order (the sort is stable).
 */
export function sensitivity(
	option: OptionVariants,
	baseline: OptionVariants,
	difference: Decimal
): SensitivityEntry[] {
	const entries: { entry: SensitivityEntry; swing: Decimal }[] = [];
	for (const [side, sign] of sides(option, baseline)) {
		for (const [i, field] of side.inputs(INPUT_FIELDS)) {
			const range = side.range(i, field);
			if (range.low.eq(range.high)) continue;
			const atLow = difference.plus(sign.times(side.change(i, field, range.low)));
			const atHigh = difference.plus(sign.times(side.change(i, field, range.high)));
			entries.push({
				entry: { option: side.id, line: side.lines[i].id, field, atLow, atHigh },
				swing: atHigh.minus(atLow).abs()
			});
		}
	}
	entries.sort((a, b) => b.swing.comparedTo(a.swing));
	return entries.map(({ entry }) => entry);
}

/**
 * Switching values (methodology §6): for each linear input of either side, the value at which
 * the present-value difference would be zero, everything else central. The difference is
 * linear in such an input, so v* = v0 − D(v0) / (D(v0 + 1) − D(v0)) is exact up to the one
 * division; null where the input has no effect.
 */
export function switchingValues(
	option: OptionVariants,
	baseline: OptionVariants,
	difference: Decimal
): SwitchingValue[] {
	const values: SwitchingValue[] = [];
	for (const [side, sign] of sides(option, baseline)) {
		for (const [i, field] of side.inputs(LINEAR_FIELDS_IN_ORDER)) {
			const central = side.range(i, field).central;
			const slope = sign.times(side.slope(i, field));
			const value = slope.isZero() ? null : central.minus(new Factor(difference).div(slope));
			values.push({ option: side.id, line: side.lines[i].id, field, value, slope });
		}
	}
	return values;
}

const LINEAR_FIELDS_IN_ORDER = INPUT_FIELDS.filter((field) => LINEAR_FIELDS.includes(field));
const LINEAR = new Set<InputField>(LINEAR_FIELDS);
