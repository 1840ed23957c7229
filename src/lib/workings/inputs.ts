import type Decimal from 'decimal.js';
import { Exact, INPUT_FIELDS, type InputField, type Line, type Range } from '$lib/engine';
import { fieldWords, MONEY_FIELDS, PERCENT_FIELDS } from '$lib/format/fields';
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

/** An input's name in words: "salary", "chance a year", "price a week" for a recurring amount. */
export function fieldName(line: Line, field: InputField): string {
	return fieldWords(line, field, 'short');
}

export { PERCENT_FIELDS };

/** An input's value with its unit: "£325", "30%", "12 FTE", "100". */
export function formatInput(field: InputField, value: Decimal): string {
	if (MONEY_FIELDS.includes(field)) return formatInputMoney(value);
	if (PERCENT_FIELDS.includes(field)) return formatPercent(value);
	if (field === 'fte') return `${formatNumber(value)} FTE`;
	return formatNumber(value);
}
