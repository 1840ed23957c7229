import type Decimal from 'decimal.js';
import type {
	Bounds,
	ClaimMeasure,
	ClaimRequirement,
	DecimalString,
	Verdict
} from '../engine/index';

export type { ClaimMeasure, Verdict };

/**
 * Claims held against the figures (methodology §6a, format.md revision 1.1), in the shapes
 * the page, the report and the exports read. The engine works the figures out; this folder
 * only puts them in words and in files.
 */

/** A claim as the scenario carries it, with the format's defaults applied. */
export interface ClaimInput {
	id: string;
	/** The claim in the words of whoever made it. */
	text: string;
	/** The id of the scenario's source for who said it and where; absent when not given. */
	source?: string;
	/** The option X the claim is about. */
	option: string;
	/** The option B it is held against (default: the scenario's baseline). */
	baseline: string;
	measure: ClaimMeasure;
	/** The first N years of the horizon. */
	years: number;
	/** The claimed X − B over those years in that measure, in pounds (negative: X costs less). */
	amount: DecimalString;
}

/** An input's value at which the central difference would equal the claim (the engine's). */
export type Requirement = ClaimRequirement;

/** What the figures say of one claim: its difference, range, verdict and requirements. */
export interface ClaimCheck {
	claim: ClaimInput;
	/** X − B over years 1..N in the claim's measure, central case, exact. */
	difference: Decimal;
	/** X's low case − B's high case, X's high case − B's low case, over the same years. */
	range: Bounds;
	verdict: Verdict;
	requires: Requirement[];
}
