import type { InputField, Line, Range } from '../engine/index';
import { fieldWords, MONEY_FIELDS, PERCENT_FIELDS, perPeriodWords } from '../format/fields';
import { formatMoney, formatNumber } from '../format/money';

/**
 * The inputs of a line in words, for sensitivity and switching values: what a field is called
 * and how its values read ("£318.63 a week", "98.66", "6.88%").
 */

export { MONEY_FIELDS, PERCENT_FIELDS };

/** The input's low, central and high values as entered; undefined if the line has no such input. */
export function inputRange(line: Line, field: InputField): Range | undefined {
	return (line as unknown as Partial<Record<InputField, Range>>)[field];
}

/** "a week" for an amount or a salary, "a year" for growth and uplift; "" for the rest. */
export function perPeriod(line: Line, field: InputField): string {
	if (field === 'amount' && line.kind === 'recurring') return perPeriodWords(line.per);
	if (field === 'salary' || field === 'quantityGrowthPercent' || field === 'upliftPercent') {
		return 'a year';
	}
	return '';
}

/** The input's name, in sentence case, for a table: "Price a week", "Full-time equivalents". */
export function inputName(line: Line, field: InputField): string {
	return fieldWords(line, field, 'name');
}

/** Pads a decimal string to at least two decimals: "825" → "825.00"; more decimals are kept. */
function atLeastPennies(value: string): string {
	const [whole, fraction = ''] = value.split('.');
	return fraction.length >= 2 ? value : `${whole}.${fraction.padEnd(2, '0')}`;
}

/**
 * The size of a value, without its period: "£825.00", "6.88%", "38.62". Money always shows
 * pennies so that an entered "825" sits well beside a rounded "318.63"; negative values keep
 * their minus sign (U+2212).
 *
 * @param value a plain decimal string, as entered or rounded
 */
export function valueSize(field: InputField, value: string, currency: string): string {
	if (MONEY_FIELDS.includes(field)) return formatMoney(atLeastPennies(value), currency);
	if (PERCENT_FIELDS.includes(field)) return `${formatNumber(value)}%`;
	return formatNumber(value);
}

/** A value with its period: "£318.63 a week", "£33,707.81 a year", "2.5% a year", "38.62". */
export function valueInWords(
	line: Line,
	field: InputField,
	value: string,
	currency: string
): string {
	return [valueSize(field, value, currency), perPeriod(line, field)].filter(Boolean).join(' ');
}

/** The input's low and high values: "£800.00 to £850.00 a week"; its value alone when fixed. */
export function rangeInWords(line: Line, field: InputField, currency: string): string {
	const range = inputRange(line, field);
	if (!range) return '';
	if (range.low === range.high) return valueInWords(line, field, range.central, currency);
	const low = valueSize(field, range.low, currency);
	return `${low} to ${valueInWords(line, field, range.high, currency)}`;
}
