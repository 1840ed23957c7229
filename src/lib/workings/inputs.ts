import type Decimal from 'decimal.js';
import { Exact, INPUT_FIELDS, type InputField, type Line, type Range } from '$lib/engine';
import { formatInputMoney, formatNumber, formatPercent } from './text';

/** Inputs of a line in words and with their units (format.md's field names). */

/** The inputs of a line whose low and high differ, in format.md's field order. */
export function rangedInputs(line: Line): { field: InputField; range: Range }[] {
	const inputs = line as unknown as Partial<Record<InputField, Range>>;
	return INPUT_FIELDS.flatMap((field) => {
		const range = inputs[field];
		if (range === undefined || new Exact(range.low).eq(range.high)) return [];
		return [{ field, range }];
	});
}

const FIELD_NAMES: Record<InputField, string> = {
	amount: 'amount',
	quantity: 'quantity',
	quantityGrowthPercent: 'quantity growth',
	upliftPercent: 'uplift',
	fte: 'FTE',
	salary: 'salary',
	onCostPercent: 'on-costs',
	probabilityPercent: 'chance a year',
	impact: 'cost if it happens',
	percent: 'percentage',
	'optimismBias.oneOffPercent': 'optimism bias on one-off costs',
	'optimismBias.ongoingPercent': 'optimism bias on ongoing costs'
};

/** An input's name in words: "salary", "chance a year", "price a week" for a recurring amount. */
export function fieldName(line: Line, field: InputField): string {
	if (field === 'amount' && line.kind === 'recurring') return `price a ${line.per}`;
	return FIELD_NAMES[field];
}

const MONEY_FIELDS: readonly InputField[] = ['amount', 'salary', 'impact'];
export const PERCENT_FIELDS: readonly InputField[] = [
	'quantityGrowthPercent',
	'upliftPercent',
	'onCostPercent',
	'probabilityPercent',
	'percent'
];

/** An input's value with its unit: "£325", "30%", "12 FTE", "100". */
export function formatInput(field: InputField, value: Decimal): string {
	if (MONEY_FIELDS.includes(field)) return formatInputMoney(value);
	if (PERCENT_FIELDS.includes(field)) return formatPercent(value);
	if (field === 'fte') return `${formatNumber(value)} FTE`;
	return formatNumber(value);
}
