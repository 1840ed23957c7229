import type { Line, Option, Scenario, Source, SourceStrength } from '$lib/engine';
import type { SourceView } from './types';

/**
 * Source strengths, strongest first: official statistics, official reports, academic work,
 * sector bodies, consultancies, the press, campaigns, anecdotes and, weakest, assumptions
 * made for the scenario. The order is the exchange format's (format.md, "A source").
 */
export const STRENGTH_ORDER: readonly SourceStrength[] = [
	'official-statistics',
	'official-report',
	'academic',
	'sector-body',
	'consultancy',
	'press',
	'campaign',
	'anecdotal',
	'assumption'
];

const STRENGTH_LABELS: Record<SourceStrength, string> = {
	'official-statistics': 'Official statistics',
	'official-report': 'Official report',
	academic: 'Academic',
	'sector-body': 'Sector body',
	consultancy: 'Consultancy',
	press: 'Press',
	campaign: 'Campaign',
	anecdotal: 'Anecdotal',
	assumption: 'Assumption'
};

/** The strength in words, for a badge: "Official statistics". */
export function strengthLabel(strength: SourceStrength): string {
	return STRENGTH_LABELS[strength];
}

/** 0 for the strongest (official statistics) up to 8 for the weakest (an assumption). */
export function strengthRank(strength: SourceStrength): number {
	return STRENGTH_ORDER.indexOf(strength);
}

/** The strongest of some strengths; undefined when there are none. */
export function bestStrength(strengths: Iterable<SourceStrength>): SourceStrength | undefined {
	let best: SourceStrength | undefined;
	for (const strength of strengths) {
		if (best === undefined || strengthRank(strength) < strengthRank(best)) best = strength;
	}
	return best;
}

/** The weakest of some strengths; undefined when there are none. */
export function weakestStrength(strengths: Iterable<SourceStrength>): SourceStrength | undefined {
	let weakest: SourceStrength | undefined;
	for (const strength of strengths) {
		if (weakest === undefined || strengthRank(strength) > strengthRank(weakest)) weakest = strength;
	}
	return weakest;
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/**
 * A source's date in words, GOV.UK style: "2016-02-14" → "14 February 2016", "2016-02" →
 * "February 2016", "2016" → "2016". Anything else is given back as it is.
 */
export function formatSourceDate(date: string): string {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
	if (!match) return date;
	const [, year, month, day] = match;
	if (month === undefined) return year;
	const monthName = MONTHS[Number(month) - 1];
	if (monthName === undefined) return date;
	return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** A source ready to show: the date in words, the strength labelled, only web addresses linked. */
export function sourceView(source: Source): SourceView {
	const view: SourceView = {
		id: source.id,
		title: source.title,
		strength: source.strength,
		strengthLabel: strengthLabel(source.strength)
	};
	if (source.publisher !== undefined) view.publisher = source.publisher;
	if (source.date !== undefined) {
		view.date = formatSourceDate(source.date);
		view.dateTime = source.date;
	}
	// The schema accepts only http and https addresses; checked again because this becomes a link.
	if (source.url !== undefined && /^https?:\/\//i.test(source.url)) view.url = source.url;
	if (source.quote !== undefined) view.quote = source.quote;
	if (source.via !== undefined) view.via = source.via;
	return view;
}

/** The scenario's sources that a line cites, in the line's order; unknown ids are skipped. */
export function lineSources(scenario: Scenario, line: Line): Source[] {
	return line.sources
		.map((id) => scenario.sources.find((source) => source.id === id))
		.filter((source) => source !== undefined);
}

/** A line and the option it belongs to: what a figure rests on. */
export interface LineInOption {
	option: Option;
	line: Line;
}

type Weakness = 'anecdotal' | 'assumption' | 'unsourced';

/** Why a line's figures need care, judged by the best source it has; undefined when none. */
function weakness(scenario: Scenario, line: Line): Weakness | undefined {
	const best = bestStrength(lineSources(scenario, line).map((source) => source.strength));
	if (best === undefined) return 'unsourced';
	if (best === 'anecdotal' || best === 'assumption') return best;
	return undefined;
}

const WHOLE: Record<Weakness, { one: string; many: string }> = {
	anecdotal: {
		one: 'This figure rests on an anecdotal source: a comment or personal account, not a published statistic.',
		many: 'This figure rests on anecdotal sources: comments or personal accounts, not published statistics.'
	},
	assumption: {
		one: 'This figure rests on an assumption made for the scenario: replace it with local figures.',
		many: 'This figure rests on assumptions made for the scenario: replace them with local figures.'
	},
	unsourced: {
		one: "No source is given for this line's figures.",
		many: 'No source is given for any of the lines behind this figure.'
	}
};

function partly(kind: Weakness, names: string): string {
	switch (kind) {
		case 'anecdotal':
			return `Part of this figure rests on anecdotal sources, comments or personal accounts rather than published statistics: ${names}.`;
		case 'assumption':
			return `Part of this figure rests on assumptions made for the scenario: ${names}. Replace them with local figures.`;
		case 'unsourced':
			return `No source is given for the figures of: ${names}.`;
	}
}

/**
 * Plain warnings for a figure made from some lines (each line once): which of them rest only on an anecdote,
 * only on an assumption, or on no source at all. A line counts by its best source, so one
 * official figure beside an anecdote is enough.
 */
export function caveatsFor(scenario: Scenario, lines: readonly LineInOption[]): string[] {
	const manyOptions = new Set(lines.map(({ option }) => option.id)).size > 1;
	const groups = new Map<Weakness, { names: string[]; count: number }>();
	for (const { option, line } of lines) {
		const kind = weakness(scenario, line);
		if (kind === undefined) continue;
		const group = groups.get(kind) ?? { names: [], count: 0 };
		group.names.push(manyOptions ? `${line.label} (${option.name})` : line.label);
		group.count += 1;
		groups.set(kind, group);
	}
	const caveats: string[] = [];
	for (const kind of ['anecdotal', 'assumption', 'unsourced'] as const) {
		const group = groups.get(kind);
		if (group === undefined) continue;
		const whole = lines.length === 1 ? WHOLE[kind].one : WHOLE[kind].many;
		caveats.push(group.count === lines.length ? whole : partly(kind, group.names.join(', ')));
	}
	return caveats;
}

/** The sources behind some lines, each once, in the order the lines cite them. */
export function sourcesFor(scenario: Scenario, lines: readonly LineInOption[]): SourceView[] {
	const seen = new Set<string>();
	const views: SourceView[] = [];
	for (const { line } of lines) {
		for (const source of lineSources(scenario, line)) {
			if (seen.has(source.id)) continue;
			seen.add(source.id);
			views.push(sourceView(source));
		}
	}
	return views;
}
