import type { Scenario } from '../engine/types';
import { presetScenario } from './index';
import { presetOf } from './recognise';
import type { Preset } from './types';

/**
 * The preset a comparison started from, with the preset read as a scenario, for comparing the
 * two (see `presetOf` in ./recognise). Undefined when no preset matches.
 */
export function originalPreset(
	scenario: Scenario
): { preset: Preset; scenario: Scenario } | undefined {
	const preset = presetOf(scenario);
	return preset ? { preset, scenario: presetScenario(preset) } : undefined;
}

/**
 * What a page needs of the preset a comparison started from: its title and its scenario, or
 * null for the scenario when it is the comparison itself, figure for figure (a preset's own
 * link), so that the page does not carry the same scenario twice.
 */
export interface PresetOrigin {
	title: string;
	scenario: Scenario | null;
}

/**
 * The preset a comparison started from, worked out by the server for the scenario a page
 * opens with: comparing with it needs the preset read with the format's schemas, which the
 * browser would otherwise load and run while the page is opening (issue 12). Null when no
 * preset matches.
 */
export function presetOrigin(scenario: Scenario): PresetOrigin | null {
	const found = originalPreset(scenario);
	if (!found) return null;
	const same = JSON.stringify(found.scenario) === JSON.stringify(scenario);
	return { title: found.preset.title, scenario: same ? null : found.scenario };
}
