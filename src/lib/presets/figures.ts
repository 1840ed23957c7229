import type { Scenario } from '../engine/types';
import { presetScenario } from './index';
import { CATALOGUE } from './catalogue';
import { TOPICS, type CatalogueEntry, type Preset, type Topic } from './types';

/**
 * Every figure the presets use, grouped by topic, each with the presets and lines that use
 * it: the "Where these figures come from" page, so a journalist can check them in one place.
 */

/** Where one preset uses a figure. */
export interface FigureUse {
	/** The preset's id, also the anchor of its card in the gallery. */
	preset: string;
	presetTitle: string;
	/** The lines that cite it, each "Line (Option)". */
	lines: string[];
}

/** One figure, its source, and where the presets use it. */
export interface FigureListing extends CatalogueEntry {
	uses: FigureUse[];
}

/** The figures of one topic, in the catalogue's order. */
export interface FigureGroup {
	topic: Topic;
	title: string;
	figures: FigureListing[];
}

function linesCiting(scenario: Scenario, sourceId: string): string[] {
	const lines = scenario.options.flatMap((option) =>
		option.lines
			.filter((line) => line.sources.includes(sourceId))
			.map((line) => `${line.label} (${option.name})`)
	);
	// A source may also be cited by a claim held against the figures (issue 16).
	const claims = (scenario.claims ?? [])
		.filter((claim) => claim.source === sourceId)
		.map(() => 'A claim checked against the figures');
	return [...lines, ...claims];
}

/**
 * The catalogue's figures that some preset uses, grouped by topic in the page's order; a
 * figure no preset cites is left out, and so is a topic with no figures.
 *
 * @param presets the presets to list the figures of (all of them, on the page)
 */
export function figureGroups(presets: readonly Preset[]): FigureGroup[] {
	const scenarios = presets.map((preset) => ({ preset, scenario: presetScenario(preset) }));
	const listings: FigureListing[] = CATALOGUE.map((entry) => ({
		...entry,
		uses: scenarios
			.map(({ preset, scenario }) => ({
				preset: preset.id,
				presetTitle: preset.title,
				lines: linesCiting(scenario, entry.source.id)
			}))
			.filter((use) => use.lines.length > 0)
	})).filter((listing) => listing.uses.length > 0);
	return TOPICS.map(({ id, title }) => ({
		topic: id,
		title,
		figures: listings.filter((listing) => listing.topic === id)
	})).filter((group) => group.figures.length > 0);
}
