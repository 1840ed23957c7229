import {
	INPUT_FIELDS,
	type InputField,
	type Line,
	type Option,
	type Range,
	type Scenario,
	type Source
} from '../engine/index';
import { formatNumber } from '../format/money';
import { valueSize } from '../results/inputs';

/**
 * What a comparison changed from the one it started from (a preset, or the link the reader
 * opened): every input that differs, old → new, in words, and which notes were written for
 * the original figures. Pure: compares two validated scenarios, nothing else.
 */

/** One input that differs. */
export interface Change {
	/** Where it sits, as the validator writes paths: "options[1].lines[0].amount". */
	path: string;
	/** What it is, in words: "Independent fostering agency › Agency foster placements › price a week". */
	what: string;
	/** The original value in words; "" when the thing was added. */
	before: string;
	/** The new value in words; "" when the thing was removed. */
	after: string;
}

/** The numeric and other inputs of a line, in format.md's order, each with its name. */
const LINE_FIELDS: readonly [keyof Line | string, string][] = [
	['kind', 'kind'],
	['amount', 'amount'],
	['per', 'billed per'],
	['periodsPerYear', 'periods a year'],
	['quantity', 'quantity'],
	['quantityGrowthPercent', 'quantity growth a year'],
	['upliftPercent', 'price uplift a year'],
	['fte', 'full-time equivalents'],
	['salary', 'salary a year'],
	['onCostPercent', 'on-costs'],
	['probabilityPercent', 'probability a year'],
	['impact', 'cost if it happens'],
	['percent', 'percentage'],
	['of', 'overhead on'],
	['year', 'year paid'],
	['fromYear', 'first year'],
	['toYear', 'last year']
];

/** Inputs that change figures, as opposed to words (label, sources, notes). */
const FIGURE_FIELDS = new Set(LINE_FIELDS.map(([field]) => field));

/** A line's numeric inputs: the engine's list, the one home of it. */
const INPUT_FIELD_NAMES = new Set<string>(INPUT_FIELDS);

function isRange(value: unknown): value is Range {
	return typeof value === 'object' && value !== null && 'central' in value;
}

/** A value in words: "£800.00 to £850.00 (central £825.00)", "2%", "week", "placements, fees". */
function valueText(field: string, value: unknown, currency: string): string {
	if (value === undefined || value === null) return 'not set';
	const size = (text: string): string =>
		INPUT_FIELD_NAMES.has(field)
			? valueSize(field as InputField, text, currency)
			: /^-?\d+(\.\d+)?$/.test(text)
				? formatNumber(text)
				: text;
	if (isRange(value)) {
		if (value.low === value.high) return size(value.central);
		return `${size(value.low)} to ${size(value.high)} (central ${size(value.central)})`;
	}
	if (Array.isArray(value)) return value.join(', ') || 'none';
	return size(String(value));
}

function same(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

function discountText(scenario: Scenario): string {
	const discount = scenario.discount;
	if (discount.scheme === 'flat') return `flat ${formatNumber(discount.ratePercent)}% a year`;
	return discount.scheme === 'green-book' ? 'Green Book' : 'none';
}

/** The scenario's settings, each with its path, name and value in words. */
function settings(scenario: Scenario): [string, string, string][] {
	const name = (id: string): string =>
		scenario.options.find((option) => option.id === id)?.name ?? id;
	return [
		['title', 'Title', scenario.title],
		['description', 'Description', scenario.description],
		['currency', 'Currency', scenario.currency],
		['startYear', 'First year', String(scenario.startYear)],
		[
			'yearBasis',
			'Years',
			scenario.yearBasis === 'financial' ? 'financial years' : 'calendar years'
		],
		['horizonYears', 'Number of years', String(scenario.horizonYears)],
		['weeksPerYear', 'Weeks a year', formatNumber(scenario.weeksPerYear)],
		['daysPerYear', 'Days a year', formatNumber(scenario.daysPerYear)],
		['inflationPercent', 'General inflation', `${formatNumber(scenario.inflationPercent)}%`],
		['discount', 'Discounting', discountText(scenario)],
		['baseline', 'Baseline', name(scenario.baseline)]
	];
}

function lineChanges(
	before: Line,
	after: Line,
	path: string,
	where: string,
	currency: string
): Change[] {
	const changes: Change[] = [];
	const read = (line: Line, field: string): unknown =>
		(line as unknown as Record<string, unknown>)[field];
	if (before.label !== after.label) {
		changes.push({
			path: `${path}.label`,
			what: `${where} › name`,
			before: before.label,
			after: after.label
		});
	}
	for (const [field, name] of LINE_FIELDS) {
		const old = read(before, field);
		const now = read(after, field);
		if (same(old, now)) continue;
		changes.push({
			path: `${path}.${field}`,
			what: `${where} › ${name}`,
			before: valueText(field, old, currency),
			after: valueText(field, now, currency)
		});
	}
	if (!same(before.sources, after.sources)) {
		changes.push({
			path: `${path}.sources`,
			what: `${where} › sources`,
			before: before.sources.join(', ') || 'none',
			after: after.sources.join(', ') || 'none'
		});
	}
	if ((before.notes ?? '') !== (after.notes ?? '')) {
		changes.push({
			path: `${path}.notes`,
			what: `${where} › notes`,
			before: before.notes ?? '',
			after: after.notes ?? ''
		});
	}
	return changes;
}

function optionChanges(before: Option, after: Option, path: string, currency: string): Change[] {
	const changes: Change[] = [];
	if (before.name !== after.name) {
		changes.push({
			path: `${path}.name`,
			what: `${before.name} › name`,
			before: before.name,
			after: after.name
		});
	}
	if (before.kind !== after.kind) {
		changes.push({
			path: `${path}.kind`,
			what: `${after.name} › who provides it`,
			before: before.kind,
			after: after.kind
		});
	}
	if ((before.notes ?? '') !== (after.notes ?? '')) {
		changes.push({
			path: `${path}.notes`,
			what: `${after.name} › notes`,
			before: before.notes ?? '',
			after: after.notes ?? ''
		});
	}
	if (!same(biasOf(before), biasOf(after))) {
		changes.push({
			path: `${path}.optimismBias`,
			what: `${after.name} › optimism bias`,
			before: biasText(before, currency),
			after: biasText(after, currency)
		});
	}
	after.lines.forEach((line, l) => {
		const where = `${after.name} › ${line.label}`;
		const old = before.lines.find((each) => each.id === line.id);
		const linePath = `${path}.lines[${l}]`;
		if (!old)
			changes.push({ path: linePath, what: `${where} (cost line)`, before: '', after: 'added' });
		else changes.push(...lineChanges(old, line, linePath, where, currency));
	});
	before.lines.forEach((line, l) => {
		if (after.lines.some((each) => each.id === line.id)) return;
		changes.push({
			path: `${path}.lines[${l}]`,
			what: `${after.name} › ${line.label} (cost line)`,
			before: 'in the original',
			after: ''
		});
	});
	return changes;
}

interface OptimismBias {
	oneOffPercent?: Range;
	ongoingPercent?: Range;
}

/** An option's optimism bias (format.md 1.1), read whether or not this release's types have it. */
function biasOf(option: Option): OptimismBias | undefined {
	return (option as Option & { optimismBias?: OptimismBias }).optimismBias;
}

/** An option's optimism bias in words (methodology §4a), "none" where it gives none. */
function biasText(option: Option, currency: string): string {
	const bias = biasOf(option);
	if (!bias) return 'none';
	const pct = (range: Range | undefined): string => valueText('percent', range ?? '0', currency);
	return `one-off ${pct(bias.oneOffPercent)}, ongoing ${pct(bias.ongoingPercent)}`;
}

function sourceChanges(before: Source[], after: Source[]): Change[] {
	const changes: Change[] = [];
	after.forEach((source, s) => {
		const old = before.find((each) => each.id === source.id);
		if (!old)
			changes.push({
				path: `sources[${s}]`,
				what: `Source ${source.id}`,
				before: '',
				after: source.title
			});
		else if (!same(old, source)) {
			changes.push({
				path: `sources[${s}]`,
				what: `Source ${source.id}`,
				before: old.title,
				after: `${source.title} (edited)`
			});
		}
	});
	before.forEach((source, s) => {
		if (!after.some((each) => each.id === source.id)) {
			changes.push({
				path: `sources[${s}]`,
				what: `Source ${source.id}`,
				before: source.title,
				after: ''
			});
		}
	});
	return changes;
}

/**
 * Every input of `current` that differs from `original`, in the order of the form: settings,
 * then each option (matched by id) and its lines (matched by id), then removed options, then
 * sources. A line or option added shows "added"; one removed, "in the original" → "".
 */
export function scenarioChanges(original: Scenario, current: Scenario): Change[] {
	const currency = current.currency;
	const changes: Change[] = [];
	const old = settings(original);
	settings(current).forEach(([path, what, now], i) => {
		if (old[i][2] !== now) changes.push({ path, what, before: old[i][2], after: now });
	});
	current.options.forEach((option, o) => {
		const before = original.options.find((each) => each.id === option.id);
		const path = `options[${o}]`;
		if (!before)
			changes.push({ path, what: `${option.name} (option)`, before: '', after: 'added' });
		else changes.push(...optionChanges(before, option, path, currency));
	});
	original.options.forEach((option, o) => {
		if (current.options.some((each) => each.id === option.id)) return;
		changes.push({
			path: `options[${o}]`,
			what: `${option.name} (option)`,
			before: 'in the original',
			after: ''
		});
	});
	changes.push(...sourceChanges(original.sources, current.sources));
	const claims = (scenario: Scenario): unknown => (scenario as { claims?: unknown }).claims ?? [];
	if (!same(claims(original), claims(current))) {
		changes.push({
			path: 'claims',
			what: 'Claims checked',
			before: 'as in the original',
			after: 'changed'
		});
	}
	return changes;
}

/** Whether a line's figures (not its words) differ between the two. */
function figuresDiffer(before: Line, after: Line): boolean {
	const read = (line: Line, field: string): unknown =>
		(line as unknown as Record<string, unknown>)[field];
	return [...FIGURE_FIELDS].some((field) => !same(read(before, field), read(after, field)));
}

/**
 * Notes written for the original figures: a line's notes, unchanged, on a line whose figures
 * changed; an option's notes, unchanged, on an option whose lines changed, were added or were
 * removed, or whose optimism bias changed. Keys are "option" and "option/line" ids.
 */
export function notesForOriginalFigures(original: Scenario, current: Scenario): Set<string> {
	const stale = new Set<string>();
	for (const option of current.options) {
		const before = original.options.find((each) => each.id === option.id);
		if (!before) continue;
		let optionChanged =
			before.lines.length !== option.lines.length || !same(biasOf(before), biasOf(option));
		for (const line of option.lines) {
			const old = before.lines.find((each) => each.id === line.id);
			if (!old) {
				optionChanged = true;
				continue;
			}
			if (!figuresDiffer(old, line)) continue;
			optionChanged = true;
			if (line.notes && line.notes === old.notes) stale.add(`${option.id}/${line.id}`);
		}
		if (optionChanged && option.notes && option.notes === before.notes) stale.add(option.id);
	}
	return stale;
}

/** The sentence that marks such a note. */
export const ORIGINAL_FIGURES_NOTE =
	'Written for the original figures, which have since been changed.';

/** A note written for the original figures, to show marked. */
export interface StaleNote {
	/** Whose note: "Independent fostering agency" or "Independent fostering agency › Agency foster placements". */
	where: string;
	text: string;
}

/** {@link notesForOriginalFigures} with each note's owner and text, in the form's order. */
export function staleNotes(original: Scenario, current: Scenario): StaleNote[] {
	const keys = notesForOriginalFigures(original, current);
	const notes: StaleNote[] = [];
	for (const option of current.options) {
		if (keys.has(option.id) && option.notes) notes.push({ where: option.name, text: option.notes });
		for (const line of option.lines) {
			if (keys.has(`${option.id}/${line.id}`) && line.notes) {
				notes.push({ where: `${option.name} › ${line.label}`, text: line.notes });
			}
		}
	}
	return notes;
}
