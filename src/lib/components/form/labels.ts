/**
 * The words the editor uses for every box, in one place, so a box's label and the error
 * summary's description of the same box never disagree.
 */
import { INPUT_FIELDS, type LineInputField } from '$lib/engine/types';
import type { LineKind, OptionKind, Per } from '$lib/engine/types';
import { fieldWords, LINE_FIELD_LABELS, periodsPerYearLabel } from '$lib/format/fields';
import type { DraftLine, RangeField, ScenarioDraft } from '$lib/state/draft';
import { parsePath, RANGE_PARTS } from './paths';
import type { Unit } from './units';

/** A choice in a select or a radio group. */
export interface Choice<T extends string> {
	value: T;
	label: string;
}

/** Labels of the scenario's settings, keyed by their problem path. */
export const SETTING_LABELS: Record<string, string> = {
	title: 'Title',
	description: 'Description',
	startYear: 'First year',
	yearBasis: 'Years are',
	horizonYears: 'Number of years',
	inflationPercent: 'General inflation a year',
	'discount.scheme': 'Discounting',
	'discount.ratePercent': 'Discount rate a year',
	weeksPerYear: 'Weeks in a year',
	daysPerYear: 'Days in a year',
	baseline: 'Baseline'
};

export const OPTION_KINDS: readonly Choice<OptionKind>[] = [
	{ value: 'in-house', label: 'In-house' },
	{ value: 'agency', label: 'Agency' },
	{ value: 'private', label: 'Private company' },
	{ value: 'not-for-profit', label: 'Not-for-profit' },
	{ value: 'trust', label: 'Trust' },
	{ value: 'shared-service', label: 'Shared service' },
	{ value: 'other', label: 'Other' }
];

export const LINE_KINDS: readonly Choice<LineKind>[] = [
	{ value: 'recurring', label: 'A price per week, month, day or year × a volume' },
	{ value: 'staff', label: 'Staff' },
	{ value: 'oneOff', label: 'A one-off cost' },
	{ value: 'risk', label: 'A risk (an expected cost)' },
	{ value: 'percentOf', label: 'An overhead: a percentage of other lines' }
];

export const PERIODS: readonly Choice<Per>[] = [
	{ value: 'week', label: 'Week' },
	{ value: 'month', label: 'Month' },
	{ value: 'day', label: 'Day' },
	{ value: 'year', label: 'Year' },
	{ value: 'hour', label: 'Hour' }
];

/** What a kind of line is, in words. */
export function lineKindLabel(kind: LineKind): string {
	return LINE_KINDS.find((choice) => choice.value === kind)?.label ?? kind;
}

/** How a range box of a line reads: its unit, its hint, and whether it may be left blank. */
export interface RangeBox {
	unit: Unit;
	hint: string;
	optional?: boolean;
}

const IN_START_YEAR_PRICES = 'In start-year prices';

/** Every range box of a line, by field (the label is {@link lineFieldLabel}'s). */
export const RANGE_BOXES: Record<RangeField, RangeBox> = {
	amount: { unit: 'money', hint: IN_START_YEAR_PRICES },
	quantity: {
		unit: 'number',
		hint: 'How many are bought at this price, for example the number of children placed'
	},
	quantityGrowthPercent: { unit: 'percent', hint: 'Leave blank for no growth', optional: true },
	upliftPercent: {
		unit: 'percent',
		hint: 'Leave blank to follow general inflation',
		optional: true
	},
	fte: { unit: 'number', hint: 'For example, 2.5' },
	salary: { unit: 'money', hint: IN_START_YEAR_PRICES },
	onCostPercent: {
		unit: 'percent',
		hint: "Employer's pension and National Insurance, as a percentage of salary. Leave blank for none.",
		optional: true
	},
	probabilityPercent: { unit: 'percent', hint: 'From 0 to 100' },
	impact: { unit: 'money', hint: IN_START_YEAR_PRICES },
	percent: { unit: 'percent', hint: 'Of the lines ticked below, year by year' }
};

/** The label of a line's box: "Price per week" for a recurring line's amount. */
export function lineFieldLabel(line: Pick<DraftLine, 'kind' | 'per'>, field: string): string {
	if (field === 'periodsPerYear') return periodsPerYearLabel(line.per ?? 'week');
	if (isLineInput(field)) return fieldWords(line, field, 'label');
	return LINE_FIELD_LABELS[field as keyof typeof LINE_FIELD_LABELS] ?? field;
}

function isLineInput(field: string): field is LineInputField {
	return (INPUT_FIELDS as readonly string[]).includes(field);
}

/** The boxes of an option's optimism bias (methodology §4a), by rate. */
export const BIAS_LABELS = {
	oneOffPercent: fieldWords({ kind: 'option' }, 'optimismBias.oneOffPercent', 'label'),
	ongoingPercent: fieldWords({ kind: 'option' }, 'optimismBias.ongoingPercent', 'label')
} as const;

/** What each optimism bias rate raises, as the hint under its box. */
export const BIAS_RATE_HINTS = {
	oneOffPercent: "Raises the option's one-off costs",
	ongoingPercent: 'Raises every other cost line, overheads included'
} as const;

/** The Green Book's guidance on optimism bias, for the hint by the boxes. */
export const BIAS_HINT =
	'The Green Book asks for cost estimates to be raised for optimism on every option, not one alone: the usual failing is an uplift on the in-house option only. Leave both at 0 for none.';

const MAX_NAME = 40;

function shortName(name: string, fallback: string): string {
	const trimmed = name.trim();
	if (trimmed === '') return fallback;
	return trimmed.length > MAX_NAME ? `${trimmed.slice(0, MAX_NAME)}…` : trimmed;
}

/** A label as the middle of a sentence: "Price per week" → "price per week"; "FTE" stays. */
function lower(label: string): string {
	return /^[A-Z][A-Z]/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/**
 * A problem's path in words, for the error summary: `options[1].lines[0].amount` →
 * "Independent fostering agency, Agency foster placements, price per week".
 */
export function describePath(draft: ScenarioDraft, path: string): string {
	const segments = parsePath(path);
	if (segments.length === 0) return 'The comparison';
	const [first] = segments;
	if (first === 'discount') {
		return SETTING_LABELS[`discount.${segments[1] === 'ratePercent' ? 'ratePercent' : 'scheme'}`];
	}
	if (first === 'sources') return describeSource(draft, segments);
	if (first !== 'options') return SETTING_LABELS[String(first)] ?? String(first);
	const optionIndex = segments[1];
	if (typeof optionIndex !== 'number') return 'Options';
	const option = draft.options[optionIndex];
	const optionFallback = `Option ${optionIndex + 1}`;
	const field = segments[2];
	if (field === 'name') return `${optionFallback}, name`;
	const optionName = shortName(option?.name ?? '', optionFallback);
	if (field === undefined) return optionName;
	if (field === 'kind') return `${optionName}, kind`;
	if (field === 'optimismBias') {
		const rate = segments[3];
		if (rate !== 'oneOffPercent' && rate !== 'ongoingPercent')
			return `${optionName}, optimism bias`;
		const part = segments[4];
		const partWords = RANGE_PARTS.some((each) => each === part) ? `, ${String(part)}` : '';
		return `${optionName}, optimism bias ${lower(BIAS_LABELS[rate])}${partWords}`;
	}
	if (field !== 'lines') return `${optionName}, ${String(field)}`;
	const lineIndex = segments[3];
	if (typeof lineIndex !== 'number') return `${optionName}, cost lines`;
	const line = option?.lines[lineIndex];
	const lineFallback = `line ${lineIndex + 1}`;
	const lineField = segments[4];
	if (lineField === 'label') return `${optionName}, ${lineFallback}, name`;
	const lineName = shortName(line?.label ?? '', `Line ${lineIndex + 1}`);
	if (lineField === undefined) return `${optionName}, ${lineName}`;
	const words = lower(lineFieldLabel(line ?? { kind: 'recurring' }, String(lineField)));
	const part = segments[5];
	const partWords = RANGE_PARTS.some((each) => each === part) ? `, ${String(part)}` : '';
	return `${optionName}, ${lineName}, ${words}${partWords}`;
}

function describeSource(draft: ScenarioDraft, segments: readonly (string | number)[]): string {
	const index = segments[1];
	if (typeof index !== 'number') return 'Sources';
	const field = segments[2];
	if (field === 'title') return `Source ${index + 1}, title`;
	const name = shortName(draft.sources[index]?.title ?? '', `Source ${index + 1}`);
	return field === undefined ? `Source: ${name}` : `Source: ${name}, ${String(field)}`;
}
