import type { Analysis, InputField, Scenario, SourceStrength } from '$lib/engine';

/** One of the three measures of methodology §2: cash, real terms or present value. */
export type Measure = 'cash' | 'real' | 'presentValue';

/** Which value of every ranged input an option's total uses (methodology §5). */
export type InputCase = 'low' | 'central' | 'high';

/** One end of a range of differences (methodology §5). */
export type RangeEnd = 'low' | 'high';

/**
 * Which money figure of the results is meant: plain data, so it can sit in a URL, a data
 * attribute or a test. Options and lines are named by their ids, years are 1-based, and
 * `comparison` is the id of the non-baseline option whose comparison holds the figure.
 */
export type FigureRef =
	/** One line's figure in one year (central case). */
	| { kind: 'lineYear'; option: string; line: string; year: number; measure: Measure }
	/** One line's total over the horizon (central case). */
	| { kind: 'lineTotal'; option: string; line: string; measure: Measure }
	/** One option's figure in one year: the sum of its lines (central case). */
	| { kind: 'optionYear'; option: string; year: number; measure: Measure }
	/** One option's total over the horizon; the central case unless `case` says otherwise. */
	| { kind: 'optionTotal'; option: string; measure: Measure; case?: InputCase }
	/** An option's total minus the baseline's total (methodology §6). */
	| { kind: 'difference'; option: string; measure: Measure }
	/** An option's figure minus the baseline's in one year. */
	| { kind: 'differenceYear'; option: string; year: number; measure: Measure }
	/** One end of the range of a difference: option low − baseline high, or high − low. */
	| { kind: 'differenceRange'; option: string; measure: Measure; end: RangeEnd }
	/** The value of one input at which the present-value difference would be zero. */
	| {
			kind: 'switchingValue';
			comparison: string;
			option: string;
			/** Null for the option's own inputs (optimism bias). */
			line: string | null;
			field: InputField;
	  }
	/** The present-value difference with one input at its low or its high value. */
	| {
			kind: 'sensitivity';
			comparison: string;
			option: string;
			line: string | null;
			field: InputField;
			end: RangeEnd;
	  };

export type FigureKind = FigureRef['kind'];

/**
 * A piece of a step's text. Parts are shown one after another, with the spaces they carry:
 * `label` opens a step ("Real terms: "), `figure` is a number with its unit, shown with
 * tabular digits and openable when it has a `ref`, and `result` is what the step works out.
 */
export type WorkingPart =
	| { kind: 'text'; text: string }
	| { kind: 'label'; text: string }
	| { kind: 'figure'; text: string; ref?: FigureRef }
	| { kind: 'result'; text: string };

/**
 * One line of a working. `calculation` is a formula with its answer, `explanation` a sentence,
 * `part` one of the figures a total adds up, `total` the sum of the parts above it.
 */
export interface WorkingStep {
	kind: 'calculation' | 'explanation' | 'part' | 'total';
	parts: WorkingPart[];
}

/** A source as a person reads it: the date in words and the strength as a label. */
export interface SourceView {
	id: string;
	title: string;
	publisher?: string;
	/** "14 February 2016", "February 2016" or "2016". */
	date?: string;
	/** The date as the scenario gives it (YYYY, YYYY-MM or YYYY-MM-DD), for a `<time>` element. */
	dateTime?: string;
	/** An absolute http or https address; anything else is left out. */
	url?: string;
	quote?: string;
	strength: SourceStrength;
	/** "Official statistics", "Anecdotal", "Assumption"… */
	strengthLabel: string;
	/** The outlet through which the figure was seen, when it is not the original publisher. */
	via?: string;
}

/**
 * How one figure was worked out from the inputs: the steps with the actual numbers, notes on
 * rounding, plain warnings about weak evidence, and the sources behind the inputs.
 */
export interface Working {
	/** What the figure is: "Foster placements (In-house foster carers), 2027-28: present value". */
	title: string;
	/** The figure itself, formatted as the results show it: "£1,632,850.24". */
	figure: string;
	steps: WorkingStep[];
	/** How the figures are rounded, and anything else that holds for the whole working. */
	notes: string[];
	/** Plain warnings: a figure resting on an anecdote, an assumption or no source at all. */
	caveats: string[];
	sources: SourceView[];
}

/** The reference to one kind of figure: `RefOf<'lineYear'>`. */
export type RefOf<K extends FigureRef['kind']> = Extract<FigureRef, { kind: K }>;

/**
 * What works out one kind of figure from the scenario and the engine's exact analysis: every
 * builder `buildWorking` dispatches to has this shape.
 */
export type WorkingBuilder<K extends FigureRef['kind']> = (
	ref: RefOf<K>,
	scenario: Scenario,
	analysis: Analysis
) => Working;
