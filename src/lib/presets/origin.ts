import type { Scenario } from '../engine/types';
import { PRESETS, presetScenario } from './index';
import type { Preset } from './types';

/** The option ids of a scenario, each with its line ids: its shape, whatever its figures. */
function shape(scenario: Scenario): string {
	return scenario.options
		.map((option) => `${option.id}:${option.lines.map((line) => line.id).join(',')}`)
		.join('\n');
}

/**
 * The preset a comparison started from, so a reader of a shared link can see what it changed.
 * A link carries the whole scenario and never a preset's id (style.md §17), so the preset is
 * recognised: first by its title, then, for a renamed copy, by having the same options and lines
 * (ids, in order). Undefined when no preset matches.
 */
export function originalPreset(
	scenario: Scenario
): { preset: Preset; scenario: Scenario } | undefined {
	const wanted = shape(scenario);
	const preset =
		PRESETS.find((each) => each.title === scenario.title) ??
		PRESETS.find((each) => shape(presetScenario(each)) === wanted);
	return preset ? { preset, scenario: presetScenario(preset) } : undefined;
}
