import type { Scenario, Source, SourceStrength } from '../engine/index';

/** A cost line of an option, by ids. */
export interface LineRef {
	option: string;
	/** Null for an option's own inputs (optimism bias), which cite no source. */
	line: string | null;
}

/** How strong a source is, in words, so a reader can weigh an anecdote against statistics. */
const STRENGTH_WORDS: Readonly<Record<SourceStrength, string>> = {
	'official-statistics': 'official statistics',
	'official-report': 'official report',
	academic: 'academic',
	'sector-body': 'sector body',
	consultancy: 'consultancy',
	press: 'press',
	campaign: 'campaign',
	anecdotal: 'anecdotal',
	assumption: 'assumption'
};

/** What every assumption, and every figure entered without a source, is called in the line. */
export const SCENARIO_ASSUMPTIONS = 'scenario assumptions';

function sourceInWords(source: Source): string {
	if (source.strength === 'assumption') return SCENARIO_ASSUMPTIONS;
	const who = source.publisher ?? source.title;
	const via = source.via ? ` via ${source.via}` : '';
	return `${who}${via} (${STRENGTH_WORDS[source.strength]})`;
}

/**
 * The source line of a chart: who stands behind the figures of the lines it shows, with the
 * strength of each source, in the order the scenario first cites them. Assumptions, and lines
 * that cite no source, are "scenario assumptions", listed last. For example "Sources:
 * Community Care (anecdotal); scenario assumptions".
 *
 * @param lines the cost lines whose figures the chart shows
 */
export function sourceLine(scenario: Scenario, lines: readonly LineRef[]): string {
	const byId = new Map(scenario.sources.map((source) => [source.id, source]));
	const named = new Set<string>();
	let assumptions = false;
	for (const ref of lines) {
		const line = scenario.options
			.find((option) => option.id === ref.option)
			?.lines.find((candidate) => candidate.id === ref.line);
		const cited = (line?.sources ?? []).flatMap((id) => byId.get(id) ?? []);
		if (cited.length === 0) assumptions = true;
		for (const source of cited) {
			const words = sourceInWords(source);
			if (words === SCENARIO_ASSUMPTIONS) assumptions = true;
			else named.add(words);
		}
	}
	const items = [...named, ...(assumptions || named.size === 0 ? [SCENARIO_ASSUMPTIONS] : [])];
	return `${items.length > 1 ? 'Sources' : 'Source'}: ${items.join('; ')}`;
}

/** Every cost line of the given options, in the scenario's order. */
export function linesOf(scenario: Scenario, optionIds: readonly string[]): LineRef[] {
	return scenario.options
		.filter((option) => optionIds.includes(option.id))
		.flatMap((option) => option.lines.map((line) => ({ option: option.id, line: line.id })));
}
