import type { InputField } from '../engine/index';

/**
 * What each numeric input of a line is measured in, in one place for every module that shows
 * one (workings, sensitivity, switching values): money, a percentage, or a plain number (a
 * quantity, full-time equivalents). The list of inputs itself is the engine's INPUT_FIELDS.
 */

/** Inputs in money: shown with the currency and pennies. */
export const MONEY_FIELDS: readonly InputField[] = ['amount', 'salary', 'impact'];

/** Inputs in per cent: shown with "%". */
export const PERCENT_FIELDS: readonly InputField[] = [
	'optimismBias.oneOffPercent',
	'optimismBias.ongoingPercent',
	'quantityGrowthPercent',
	'upliftPercent',
	'onCostPercent',
	'probabilityPercent',
	'percent'
];
