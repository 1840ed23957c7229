import type Decimal from 'decimal.js';
import {
	Exact,
	roundPenniesHalfUp,
	type Line,
	type Scenario,
	type YearLabel
} from '../engine/index';
import { formatMoney } from '../format/money';
import { moneyInWords } from '../format/words';
import { inputName, inputRange, rangeInWords, valueInWords } from '../results/inputs';
import type { InputField } from '../engine/index';
import type { ClaimCheck, ClaimMeasure, Requirement, Verdict } from './types';

/**
 * Claims in plain words that do not overclaim (methodology §6a): a claim within the figures'
 * range is allowed by them, never proved; one outside it is not borne out by these figures,
 * which is not the same as false.
 */

/** The verdict as a short label, for a table or a spreadsheet cell. */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
	'below-range': 'Below the range',
	'within-range': 'Within the range',
	'above-range': 'Above the range'
};

/** The measure as a choice names it. */
export const CLAIM_MEASURE_LABELS: Readonly<Record<ClaimMeasure, string>> = {
	cash: 'Cash',
	real: 'Real terms',
	presentValue: 'Present value'
};

/** The first `count` years as a label: "2026-27 to 2030-31", or "2026-27" for one year. */
export function claimYearsLabel(years: readonly YearLabel[], count: number): string {
	const first = years[0]?.label ?? '';
	if (count <= 1) return first;
	return `${first} to ${years[count - 1]?.label ?? years.at(-1)?.label ?? ''}`;
}

/** "£550,000 more", "£1.2 million less", "no difference": decided on the penny. */
export function differenceInWords(amount: Decimal, currency: string): string {
	const pennies = roundPenniesHalfUp(amount);
	if (pennies === '0.00') return 'no difference';
	const way = pennies.startsWith('-') ? 'less' : 'more';
	return `${moneyInWords(amount, { sign: 'never', currency })} ${way}`;
}

/** An amount to the penny with its direction: "£2,685,800.00 more", "£12.50 less", "no difference". */
export function penniesInWords(amount: Decimal, currency: string): string {
	const pennies = roundPenniesHalfUp(amount);
	if (pennies === '0.00') return 'no difference';
	const way = pennies.startsWith('-') ? 'less' : 'more';
	return `${formatMoney(pennies.replace(/^-/, ''), currency)} ${way}`;
}

/**
 * The verdict on one claim in a sentence, for example: "The figures put the difference at
 * £550,000 more, anywhere from £1.2 million less to £2.4 million more: the claim of £1.2
 * million more is within that range, so these figures allow it but do not prove it."
 */
export function verdictSentence(check: ClaimCheck, currency: string): string {
	const central = differenceInWords(check.difference, currency);
	const claimed = `the claim of ${differenceInWords(new Exact(check.claim.amount), currency)}`;
	const hasRange = !check.range.low.eq(check.range.high);
	const opening = hasRange
		? `The figures put the difference at ${central}, anywhere from ${differenceInWords(check.range.low, currency)} to ${differenceInWords(check.range.high, currency)}`
		: `The figures put the difference at ${central}, with no range because no input has one`;
	const that = hasRange ? 'that range' : 'that figure';
	switch (check.verdict) {
		case 'within-range':
			return hasRange
				? `${opening}: ${claimed} is within ${that}, so these figures allow it but do not prove it.`
				: `${opening}: ${claimed} matches it, so these figures allow it but do not prove it.`;
		case 'below-range':
			return `${opening}: ${claimed} is below ${that}, so these figures do not bear it out; even their lowest case puts the difference higher.`;
		case 'above-range':
			return `${opening}: ${claimed} is above ${that}, so these figures do not bear it out; even their highest case puts the difference lower.`;
	}
}

/** One input that would have to change for the claim to hold, in words. */
export interface RequirementView {
	/** "price a week of Agency foster placements (Independent fostering agency)". */
	input: string;
	/** "£1,034.62 a week". */
	value: string;
	/** What the figures say: "£800.00 to £850.00 a week". */
	range: string;
	/** True when the input has a range (low below high). */
	ranged: boolean;
	/** "Only if the price a week of … were £544.87 a week; the figures say £800.00 to £850.00 a week." */
	sentence: string;
}

function isLineField(field: string): field is InputField {
	return !field.includes('.');
}

function requirementView(
	scenario: Scenario,
	requirement: Requirement,
	currency: string
): RequirementView | null {
	if (requirement.value === null || requirement.line === null) return null;
	if (!isLineField(requirement.field)) return null;
	const option = scenario.options.find((each) => each.id === requirement.option);
	const line: Line | undefined = option?.lines.find((each) => each.id === requirement.line);
	if (!option || !line) return null;
	const field = requirement.field;
	const range = inputRange(line, field);
	if (!range) return null;
	const value = valueInWords(line, field, roundPenniesHalfUp(requirement.value), currency);
	const input = `${inputName(line, field).toLowerCase()} of ${line.label} (${option.name})`;
	const said = rangeInWords(line, field, currency);
	const ranged = range.low !== range.high;
	return {
		input,
		value,
		range: said,
		ranged,
		sentence: `Only if the ${input} were ${value}; the figures say ${said}.`
	};
}

/**
 * The few inputs that would have to change for the claim to hold, everything else central:
 * inputs with a range first (each against its range), then the rest, in input order, at most
 * `limit` of them. Inputs without effect are left out.
 */
export function requirementViews(
	scenario: Scenario,
	check: ClaimCheck,
	currency: string,
	limit = 3
): RequirementView[] {
	const views = check.requires
		.map((requirement) => requirementView(scenario, requirement, currency))
		.filter((view): view is RequirementView => view !== null);
	return [...views.filter((view) => view.ranged), ...views.filter((view) => !view.ranged)].slice(
		0,
		limit
	);
}
