import type Decimal from 'decimal.js';
import type { ClaimMeasure, InputField, LineKind } from './types';

/** A figure in the three measures of methodology §2, in pounds, unrounded. */
export interface Measures {
	/** What would be paid, in each year's own prices (nominal). */
	cash: Decimal;
	/** Cash deflated to start-year prices by general inflation. */
	real: Decimal;
	/** Real terms discounted to year 1 (methodology §3). */
	presentValue: Decimal;
}

/** A year of the horizon: its 1-based number and its label ("2026-27" or "2026"). */
export interface YearLabel {
	year: number;
	label: string;
}

/** One cost line's figures, central case. */
export interface LineAnalysis {
	id: string;
	label: string;
	kind: LineKind;
	total: Measures;
	/** Year by year, index 0 is year 1. Worked out when first read: most views never need it. */
	readonly years: readonly Measures[];
}

/** One option's figures: central totals and years, and the low and high input cases (methodology §5). */
export interface OptionAnalysis {
	id: string;
	name: string;
	total: Measures;
	low: Measures;
	high: Measures;
	/** Year by year, central case; index 0 is year 1. Cash and real terms are worked out when first read. */
	readonly years: readonly Measures[];
	lines: LineAnalysis[];
}

/** Low and high ends of a range of differences, in pounds. */
export interface Bounds {
	low: Decimal;
	high: Decimal;
}

/** The present-value difference with one input at its low and then its high value (methodology §6). */
export interface SensitivityEntry {
	option: string;
	/** The input's line, or null for the option's own inputs (optimism bias, methodology §4a). */
	line: string | null;
	field: InputField;
	atLow: Decimal;
	atHigh: Decimal;
}

/** The value of one input at which the present-value difference would be zero; null where it has no effect. */
export interface SwitchingValue {
	option: string;
	/** The input's line, or null for the option's own inputs (optimism bias, methodology §4a). */
	line: string | null;
	field: InputField;
	value: Decimal | null;
	/** D(v0 + 1) − D(v0): how much the present-value difference moves for one unit more of the input. */
	slope: Decimal;
}

/** One option against the baseline (methodology §6). Positive differences mean the option costs more. */
export interface ComparisonAnalysis {
	option: string;
	baseline: string;
	difference: Measures;
	differenceRange: { cash: Bounds; real: Bounds; presentValue: Bounds };
	/** Year by year difference (option minus baseline), central case; index 0 is year 1. Worked out when first read. */
	readonly years: readonly Measures[];
	/** The first year from which the cumulative present-value difference stays at or below zero. */
	breakEvenYear: number | null;
	sensitivity: SensitivityEntry[];
	switchingValues: SwitchingValue[];
}

/** Where a claim falls against the range of the figures (methodology §6a). */
export type Verdict = 'below-range' | 'within-range' | 'above-range';

/**
 * The value of one linear input at which a claim would be exactly true, everything else
 * central; null where the input has no effect on the claimed difference (methodology §6a).
 */
export interface ClaimRequirement {
	option: string;
	line: string | null;
	field: InputField;
	value: Decimal | null;
}

/** A claim held against the figures (methodology §6a). */
export interface ClaimAnalysis {
	id: string;
	option: string;
	/** The claim's baseline, or the scenario's where the claim gives none. */
	baseline: string;
	measure: ClaimMeasure;
	/** N: the claim covers years 1..N. */
	years: number;
	/** The claimed difference, option − baseline. */
	amount: Decimal;
	/** The computed difference over the same years in the same measure, central case. */
	difference: Decimal;
	/** option's low case − baseline's high case, and option's high − baseline's low. */
	range: Bounds;
	verdict: Verdict;
	/** For each linear input of the option, then the baseline, the value making the claim true. */
	requires: ClaimRequirement[];
}

/** Everything the methodology computes for a scenario, exact and unrounded. */
export interface Analysis {
	/** ISO 4217 code of every money figure. */
	currency: string;
	years: YearLabel[];
	options: OptionAnalysis[];
	comparisons: ComparisonAnalysis[];
	/** One per claim of the scenario, in order; absent when the scenario has no claims. */
	claims?: ClaimAnalysis[];
}
