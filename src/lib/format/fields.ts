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

/**
 * The words for each input of a line, in every form a page, a table, a sentence or a file
 * needs them: the one home for what an input is called. A line's price (`amount` on a
 * recurring line) takes its period, so its words are made by {@link fieldWords}.
 */
export interface FieldWords {
	/** The editor's box: "Salary a year for each FTE". */
	label: string;
	/** A table's row or column, in sentence case: "Salary a year". */
	name: string;
	/** Inside a report's sentence: "salary a year". */
	phrase: string;
	/** Inside a working's sum, as short as it can be: "salary". */
	short: string;
	/** The subject of a switching value's sentence: "The salary". */
	subject: string;
	/** The spreadsheet's column, with its unit: "On-costs, % of salary". */
	heading: string;
}

export type FieldForm = keyof FieldWords;

const FIELD_WORDS: Record<InputField, FieldWords> = {
	amount: {
		label: 'Amount',
		name: 'Amount',
		phrase: 'amount',
		short: 'amount',
		subject: 'The amount',
		heading: 'Amount (price a period, or one-off)'
	},
	quantity: {
		label: 'Quantity',
		name: 'Quantity',
		phrase: 'quantity',
		short: 'quantity',
		subject: 'The quantity',
		heading: 'Quantity'
	},
	quantityGrowthPercent: {
		label: 'Quantity growth a year',
		name: 'Quantity growth a year',
		phrase: 'quantity growth a year',
		short: 'quantity growth',
		subject: 'The quantity growth',
		heading: 'Quantity growth, % a year'
	},
	upliftPercent: {
		label: 'Price uplift a year',
		name: 'Price uplift a year',
		phrase: 'price uplift a year',
		short: 'uplift',
		subject: 'The price uplift',
		heading: 'Price uplift, % a year'
	},
	fte: {
		label: 'Full-time equivalent staff (FTE)',
		name: 'Full-time equivalents',
		phrase: 'full-time equivalents',
		short: 'FTE',
		subject: 'The number of full-time equivalents',
		heading: 'Full-time equivalents'
	},
	salary: {
		label: 'Salary a year for each FTE',
		name: 'Salary a year',
		phrase: 'salary a year',
		short: 'salary',
		subject: 'The salary',
		heading: 'Salary a year'
	},
	onCostPercent: {
		label: 'On-costs',
		name: 'On-costs',
		phrase: 'on-costs',
		short: 'on-costs',
		subject: 'The on-costs',
		heading: 'On-costs, % of salary'
	},
	probabilityPercent: {
		label: 'Chance of it happening each year',
		name: 'Probability a year',
		phrase: 'probability a year',
		short: 'chance a year',
		subject: 'The yearly probability',
		heading: 'Probability, % a year'
	},
	impact: {
		label: 'Cost if it happens',
		name: 'Cost if it happens',
		phrase: 'impact',
		short: 'cost if it happens',
		subject: 'The impact if it happens',
		heading: 'Cost if it happens'
	},
	percent: {
		label: 'Percentage',
		name: 'Percentage',
		phrase: 'percentage',
		short: 'percentage',
		subject: 'The percentage',
		heading: 'Percentage, %'
	},
	'optimismBias.oneOffPercent': {
		label: 'On one-off costs',
		name: 'Optimism bias on one-off costs',
		phrase: 'optimism bias on one-off costs',
		short: 'optimism bias on one-off costs',
		subject: 'The optimism bias on one-off costs',
		heading: 'Optimism bias on one-off costs'
	},
	'optimismBias.ongoingPercent': {
		label: 'On ongoing costs',
		name: 'Optimism bias on ongoing costs',
		phrase: 'optimism bias on ongoing costs',
		short: 'optimism bias on ongoing costs',
		subject: 'The optimism bias on ongoing costs',
		heading: 'Optimism bias on ongoing costs'
	}
};

/** The editor's boxes for the other fields of a line. */
export const LINE_FIELD_LABELS = {
	label: 'Name',
	per: 'Charged per',
	of: 'Applies to',
	fromYear: 'From year',
	toYear: 'To year',
	year: 'Year it is paid',
	sources: 'Sources',
	notes: 'Notes'
} as const;

/** The spreadsheet's columns for the other fields of a line. */
export const LINE_FIELD_HEADINGS = {
	label: 'Cost line',
	per: 'Per',
	periodsPerYear: 'Periods a year',
	of: 'Percentage of lines',
	fromYear: 'From year',
	toYear: 'To year',
	sources: 'Sources'
} as const;

/** The editor's box for how many periods a line is charged a year: "Weeks charged a year". */
export function periodsPerYearLabel(per: string): string {
	return `${per.charAt(0).toUpperCase()}${per.slice(1)}s charged a year`;
}

/** "a week" for a line billed weekly, "an hour" for one billed hourly. */
export function perPeriodWords(per: string, space = ' '): string {
	return `${per === 'hour' ? 'an' : 'a'}${space}${per}`;
}

/** What a line's price is called when it has a period: by form, before "a week". */
const PRICE_WORDS: Record<FieldForm, string> = {
	label: 'Price per',
	name: 'Price',
	phrase: 'price',
	short: 'price',
	subject: 'The price',
	heading: FIELD_WORDS.amount.heading
};

/**
 * An input of a line in words, in the form asked for: "Salary a year" (`name`), "FTE"
 * (`short`). A recurring line's amount is its price for its period: "Price per week"
 * (`label`), "Price a week" (`name`), "price a week" (`phrase`, `short`), "The price"
 * (`subject`); a one-off line's is "One-off amount" in a table and "The one-off amount" as a
 * subject.
 */
export function fieldWords(
	line: { kind: string; per?: string },
	field: InputField,
	form: FieldForm
): string {
	if (field === 'amount' && line.kind === 'recurring' && form !== 'heading') {
		const per = line.per ?? 'week';
		if (form === 'subject') return PRICE_WORDS.subject;
		if (form === 'label') return `${PRICE_WORDS.label} ${per}`;
		return `${PRICE_WORDS[form]} ${perPeriodWords(per)}`;
	}
	if (field === 'amount' && line.kind === 'oneOff' && (form === 'name' || form === 'subject')) {
		return form === 'name' ? 'One-off amount' : 'The one-off amount';
	}
	return FIELD_WORDS[field][form];
}
