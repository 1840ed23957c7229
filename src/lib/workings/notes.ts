import { FACTOR_PRECISION } from '$lib/engine';
import { FACTOR_DECIMALS } from './text';

/** The sentences workings share, so the page, the tests and any export use the same words. */

/** Said under every working (methodology §7). */
export const ROUNDING_NOTE =
	'Each figure is shown rounded to the penny; the calculation carries every digit, and rounds half-up only at the end.';

export const FACTOR_NOTE = `The discount factor is shown to ${FACTOR_DECIMALS} decimal places; the calculation carries it to ${FACTOR_PRECISION} significant digits.`;

export const NEGATIVE_NOTE =
	"A negative figure is income or a saving: it reduces the option's cost.";

export const RISK_NOTE =
	'This is an expected cost: the chance it happens in a year times what it would cost.';

export const OVERHEAD_NOTE =
	'An overhead has no uplift of its own: it follows the lines it is charged on, year by year.';

export const BIAS_NOTE =
	"Optimism bias raises the option's cost estimates for the known tendency to underestimate them, as the Green Book asks for every option.";

export const TOTAL_NOTE =
	'The total is rounded from the exact sum, never added up from the rounded figures above.';

export const CASES_NOTE =
	'The low and high cases are cases of the inputs, not of the outcome: an input that is income or a saving (a negative amount) makes the option cost more at its low end, so the low case need not be the cheaper one.';

export const DIFFERENCE_NOTE =
	'The difference is taken between the exact totals and then rounded, so it can differ by a penny from the difference of the rounded totals.';

export const RANGE_NOTE =
	"The options' inputs are independent, so the range of the difference sets the option's low case against the baseline's high case, and the option's high case against the baseline's low case.";

export const SWITCHING_NOTE =
	'Switching values are rounded half-up to two decimals, whatever their unit.';
