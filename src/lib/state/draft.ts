/**
 * The editor's draft: a scenario as the person is typing it. It has the shape of the exchange
 * format's document, but every number is the text in its box ("£1,250", "3.5 ", ""), so a
 * half-typed value never loses what was typed. `draftToDocument` tidies that text into the
 * format's plain decimals and hands the result to the same validator every boundary uses.
 */
import {
	INPUT_FIELDS,
	type Discount,
	type LineKind,
	type OptionKind,
	type Per,
	type Scenario,
	type Source,
	type YearBasis
} from '../engine/types';

/** A numeric box, or an opened low / central / high group of boxes. */
export type DraftRange = string | { low: string; central: string; high: string };

/** Every field a line of any kind can have; a line uses those of its kind. */
export interface DraftLine {
	/** Stable key for Svelte's keyed lists; not part of the scenario. */
	key: string;
	id: string;
	label: string;
	kind: LineKind;
	sources: string[];
	notes?: string;
	amount?: DraftRange;
	per?: Per;
	periodsPerYear?: string;
	quantity?: DraftRange;
	quantityGrowthPercent?: DraftRange;
	upliftPercent?: DraftRange;
	fte?: DraftRange;
	salary?: DraftRange;
	onCostPercent?: DraftRange;
	probabilityPercent?: DraftRange;
	impact?: DraftRange;
	percent?: DraftRange;
	of?: string[];
	fromYear?: string;
	toYear?: string;
	year?: string;
}

export interface DraftOption {
	key: string;
	id: string;
	name: string;
	kind: OptionKind;
	lines: DraftLine[];
	notes?: string;
	/**
	 * Optimism bias (methodology §4a), as typed: each rate a single value or a range. Absent
	 * when the option gives none, so a version 1 scenario keeps exactly its figures.
	 */
	optimismBias?: { oneOffPercent: DraftRange; ongoingPercent: DraftRange };
}

/** A claim held against the figures (format.md 1.1), its numbers as typed. */
export interface DraftClaim {
	id: string;
	text: string;
	source?: string;
	option: string;
	baseline?: string;
	measure: 'cash' | 'real' | 'presentValue';
	/** The first N years, as typed; "" for the whole horizon. */
	years: string;
	amount: string;
}

export interface ScenarioDraft {
	title: string;
	description: string;
	currency: string;
	startYear: string;
	yearBasis: YearBasis;
	horizonYears: string;
	weeksPerYear: string;
	daysPerYear: string;
	inflationPercent: string;
	discountScheme: Discount['scheme'];
	discountRatePercent: string;
	baseline: string;
	options: DraftOption[];
	sources: Source[];
	/** Claims checked against the figures; absent or empty when there are none. */
	claims?: DraftClaim[];
}

/** Numeric fields held as ranges, in format.md's order: the engine's numeric inputs. */
export const RANGE_FIELDS = INPUT_FIELDS;
export type RangeField = (typeof RANGE_FIELDS)[number];

/** The fields each kind of line has (format.md, "A line"). */
export const KIND_FIELDS: Record<LineKind, readonly (keyof DraftLine)[]> = {
	recurring: [
		'amount',
		'per',
		'periodsPerYear',
		'quantity',
		'quantityGrowthPercent',
		'upliftPercent',
		'fromYear',
		'toYear'
	],
	staff: ['fte', 'salary', 'onCostPercent', 'upliftPercent', 'fromYear', 'toYear'],
	oneOff: ['amount', 'year', 'upliftPercent'],
	risk: ['probabilityPercent', 'impact', 'upliftPercent', 'fromYear', 'toYear'],
	percentOf: ['percent', 'of']
};

/** Digits grouped in threes by commas, as en-GB writes thousands: "1,200", "-12,345.50". */
const THOUSANDS_PATTERN = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * Tidies what a person typed into a plain decimal: a typed £ or % and spaces are accepted and
 * dropped, and so are commas when they separate thousands ("1,200", "£1,200.50"). A comma
 * anywhere else ("1,2", "£1,2", "1,20,000") is kept, so the validator refuses the box rather
 * than reading "1,2" as 12; anything else is also left for the validator to explain.
 */
export function tidyNumber(text: string): string {
	const tidy = text.replace(/[£%\s\u00a0]/g, '').replace(/^\u2212/, '-');
	if (!tidy.includes(',')) return tidy;
	return THOUSANDS_PATTERN.test(tidy) ? tidy.replace(/,/g, '') : tidy;
}

function tidyRange(range: DraftRange): unknown {
	if (typeof range === 'string') return tidyNumber(range);
	return {
		low: tidyNumber(range.low),
		central: tidyNumber(range.central),
		high: tidyNumber(range.high)
	};
}

/** A whole number typed in a box: digits become a number, anything else stays text to be explained. */
function tidyInteger(text: string): unknown {
	const tidy = text.trim();
	return /^\d{1,6}$/.test(tidy) ? Number(tidy) : tidy;
}

const INTEGER_FIELDS = new Set(['fromYear', 'toYear', 'year']);

/** The exchange-format document the draft stands for, ready for `parseScenario`. */
export function draftToDocument(draft: ScenarioDraft): Record<string, unknown> {
	const discount =
		draft.discountScheme === 'flat'
			? { scheme: 'flat', ratePercent: tidyNumber(draft.discountRatePercent) }
			: { scheme: draft.discountScheme };
	return {
		format: 'public-cost-comparison',
		version: 1,
		title: draft.title,
		description: draft.description,
		currency: draft.currency,
		startYear: tidyInteger(draft.startYear),
		yearBasis: draft.yearBasis,
		horizonYears: tidyInteger(draft.horizonYears),
		weeksPerYear: tidyNumber(draft.weeksPerYear),
		daysPerYear: tidyNumber(draft.daysPerYear),
		inflationPercent: tidyNumber(draft.inflationPercent),
		discount,
		baseline: draft.baseline,
		options: draft.options.map((option) => ({
			id: option.id,
			name: option.name,
			kind: option.kind,
			lines: option.lines.map(lineDocument),
			...(option.notes ? { notes: option.notes } : {}),
			...biasDocument(option.optimismBias)
		})),
		sources: draft.sources,
		...(draft.claims && draft.claims.length > 0 ? { claims: draft.claims.map(claimDocument) } : {})
	};
}

/** The two optimism bias rates (methodology §4a), in format.md's order. */
export const BIAS_RATES = ['oneOffPercent', 'ongoingPercent'] as const;
export type BiasRate = (typeof BIAS_RATES)[number];

/** The draft's optimism bias on an option: either rate may be left empty for 0. */
export type DraftOptimismBias = NonNullable<DraftOption['optimismBias']>;

/** A box, or an opened range, that says 0 or nothing: "", "0", "0.0 %", or three of those. */
function isZeroOrBlank(range: DraftRange): boolean {
	const parts = typeof range === 'string' ? [range] : [range.low, range.central, range.high];
	return parts.every((part) => /^(-?(0+\.?0*|\.0+))?$/.test(tidyNumber(part)));
}

/**
 * The option's optimism bias with one rate set as typed, creating the bias if the option had
 * none (the other rate then empty, which means 0).
 */
export function withBiasRate(
	bias: DraftOptimismBias | undefined,
	rate: BiasRate,
	value: DraftRange
): DraftOptimismBias {
	return {
		oneOffPercent: bias?.oneOffPercent ?? '',
		ongoingPercent: bias?.ongoingPercent ?? '',
		[rate]: value
	};
}

/**
 * The document's `optimismBias` for an option's draft: left out when both rates are 0 or
 * empty, so an option without bias keeps exactly the figures (and the link) of version 1; a
 * rate left empty is left out, which the format reads as 0.
 */
export function biasDocument(bias: DraftOptimismBias | undefined): {
	optimismBias?: Record<string, unknown>;
} {
	if (!bias || BIAS_RATES.every((rate) => isZeroOrBlank(bias[rate]))) return {};
	const document: Record<string, unknown> = {};
	for (const rate of BIAS_RATES) {
		const value = bias[rate];
		if (typeof value === 'string' ? value.trim() === '' : isBlankRange(value)) continue;
		document[rate] = tidyRange(value);
	}
	return { optimismBias: document };
}

function claimDocument(claim: DraftClaim): Record<string, unknown> {
	return {
		id: claim.id,
		text: claim.text,
		...(claim.source ? { source: claim.source } : {}),
		option: claim.option,
		...(claim.baseline ? { baseline: claim.baseline } : {}),
		measure: claim.measure,
		...(claim.years.trim() === '' ? {} : { years: tidyInteger(claim.years) }),
		amount: tidyNumber(claim.amount)
	};
}

function lineDocument(line: DraftLine): Record<string, unknown> {
	const document: Record<string, unknown> = {
		id: line.id,
		label: line.label || line.id,
		kind: line.kind,
		sources: line.sources
	};
	if (line.notes) document.notes = line.notes;
	for (const field of KIND_FIELDS[line.kind]) {
		const value = line[field];
		if (value === undefined) continue;
		if (typeof value === 'string' && value.trim() === '' && isOptional(field)) continue;
		if (isBlankRange(value) && isOptional(field)) continue;
		if ((RANGE_FIELDS as readonly string[]).includes(field))
			document[field] = tidyRange(value as DraftRange);
		else if (INTEGER_FIELDS.has(field)) document[field] = tidyInteger(value as string);
		else if (field === 'periodsPerYear') document[field] = tidyNumber(value as string);
		else document[field] = value;
	}
	return document;
}

/** An opened range left with three empty boxes: the same as one empty box. */
function isBlankRange(value: unknown): boolean {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const { low, central, high } = value as { low: string; central: string; high: string };
	return [low, central, high].every((part) => part.trim() === '');
}

/** Boxes that may be left empty to take the format's default. */
function isOptional(field: keyof DraftLine): boolean {
	return [
		'periodsPerYear',
		'upliftPercent',
		'fromYear',
		'toYear',
		'quantityGrowthPercent',
		'onCostPercent'
	].includes(field);
}

let nextKey = 0;
/** A key unique in this page, for keyed lists. */
export function newKey(): string {
	nextKey += 1;
	return `k${nextKey}`;
}

function draftRange(range: { low: string; central: string; high: string }): DraftRange {
	return range.low === range.central && range.central === range.high ? range.central : { ...range };
}

/** The draft of a validated scenario: what the boxes show when it is opened. */
export function scenarioToDraft(scenario: Scenario): ScenarioDraft {
	return {
		title: scenario.title,
		description: scenario.description,
		currency: scenario.currency,
		startYear: String(scenario.startYear),
		yearBasis: scenario.yearBasis,
		horizonYears: String(scenario.horizonYears),
		weeksPerYear: scenario.weeksPerYear,
		daysPerYear: scenario.daysPerYear,
		inflationPercent: scenario.inflationPercent,
		discountScheme: scenario.discount.scheme,
		discountRatePercent:
			scenario.discount.scheme === 'flat' ? scenario.discount.ratePercent : '3.5',
		baseline: scenario.baseline,
		options: scenario.options.map((option) => ({
			key: newKey(),
			id: option.id,
			name: option.name,
			kind: option.kind,
			...(option.notes ? { notes: option.notes } : {}),
			...(option.optimismBias
				? {
						optimismBias: {
							oneOffPercent: draftRange(option.optimismBias.oneOffPercent),
							ongoingPercent: draftRange(option.optimismBias.ongoingPercent)
						}
					}
				: {}),
			lines: option.lines.map((line) => {
				const draft: DraftLine = {
					key: newKey(),
					id: line.id,
					label: line.label,
					kind: line.kind,
					sources: [...line.sources]
				};
				if (line.notes) draft.notes = line.notes;
				const record = line as unknown as Record<string, unknown>;
				for (const field of KIND_FIELDS[line.kind]) {
					const value = record[field];
					if (value === undefined) continue;
					if ((RANGE_FIELDS as readonly string[]).includes(field)) {
						(draft as unknown as Record<string, unknown>)[field] = draftRange(
							value as { low: string; central: string; high: string }
						);
					} else if (typeof value === 'number') {
						(draft as unknown as Record<string, unknown>)[field] = String(value);
					} else if (Array.isArray(value)) {
						(draft as unknown as Record<string, unknown>)[field] = [...value];
					} else {
						(draft as unknown as Record<string, unknown>)[field] = value;
					}
				}
				return draft;
			})
		})),
		sources: scenario.sources.map((source) => ({ ...source })),
		...(scenario.claims
			? {
					claims: scenario.claims.map((claim) => ({
						id: claim.id,
						text: claim.text,
						...(claim.source === undefined ? {} : { source: claim.source }),
						option: claim.option,
						...(claim.baseline === undefined ? {} : { baseline: claim.baseline }),
						measure: claim.measure,
						years: claim.years === undefined ? '' : String(claim.years),
						amount: claim.amount
					}))
				}
			: {})
	};
}
