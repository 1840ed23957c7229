/**
 * Explanations shown beside results, kept in one place so every view says the same.
 */

/** A short reminder for any table with low and high figures (methodology §5). */
export const INPUT_CASES_NOTE =
	'Low and high are the input cases entered for each figure, not a confidence interval.';

/** The explanation of the low–high range of a difference, one paragraph a string. */
export const ABOUT_THE_RANGE: readonly string[] = [
	'The range is not a confidence interval and says nothing about how likely any figure is. It comes from the low and high values entered for each input: the low case puts every input at its low value, the high case every input at its high value.',
	"The range of a difference sets one option's low case against the other's high case, and the other way round. It shows how far the answer could move if every estimate were out in the same direction at once.",
	'Where an amount is negative, such as income or a saving, the low case need not be the cheaper one.'
];

/** Said under a table whose rounded figures do not add up (methodology §7). */
export const MAY_NOT_SUM = 'Figures may not sum because of rounding.';

/** Said under any table with differences from the baseline (methodology §6). */
export const DIFFERENCE_NOTE =
	'A difference is the option minus the baseline: a positive figure means the option costs more, a negative one (with a minus sign) that it costs less.';

/** Said under the cumulative difference a break-even year is read from (methodology §6). */
export const CUMULATIVE_NOTE =
	"Each year's figure is the sum of the differences in present value from the first year to that year, worked out exactly and then rounded to the penny. Below zero means the option has cost less than the baseline so far.";
