import type { Scenario } from '../engine/types';
import type { ScenarioInput } from '../schemas/scenario';
import { PRESETS } from './all';
import type { Preset } from './types';

/**
 * Which preset a comparison started from, read from the presets' documents as they are, so that
 * it needs neither the format's schemas nor a preset read with them (issue 12). The presets'
 * unit tests check that each document's title, ids and priced figures are those of the preset
 * read with the schemas, so reading either gives the same answer.
 */

/** The option ids of a scenario, each with its line ids: its shape, whatever its figures. */
export function shape(scenario: Pick<ScenarioInput, 'options'>): string {
	return scenario.options
		.map((option) => `${option.id}:${(option.lines ?? []).map((line) => line.id).join(',')}`)
		.join('\n');
}

/** A preset's document, as its module built it (`presetDocument`). */
export function presetDocumentOf(preset: Preset): ScenarioInput {
	return preset.document as ScenarioInput;
}

/** Each preset's shape, worked out once. */
const shapes = new WeakMap<Preset, string>();

function shapeOf(preset: Preset): string {
	let known = shapes.get(preset);
	if (known === undefined) shapes.set(preset, (known = shape(presetDocumentOf(preset))));
	return known;
}

/**
 * The preset a comparison started from, so a reader of a shared link can see what it changed.
 * A link carries the whole scenario and never a preset's id (style.md §17), so the preset is
 * recognised: first by its title, then, for a renamed copy, by having the same options and lines
 * (ids, in order). Undefined when no preset matches.
 */
export function presetOf(scenario: Scenario): Preset | undefined {
	const title = scenario.title;
	const found = PRESETS.find((each) => presetDocumentOf(each).title === title);
	if (found) return found;
	const wanted = shape(scenario);
	return PRESETS.find((each) => shapeOf(each) === wanted);
}
