/**
 * Ready-made comparisons (issue 4): scenario documents in the exchange format, built only
 * from the checked figures in `shared/data/figures.md` and from labelled assumptions. Pure
 * data and plain functions, so the page, the API and the tests share them.
 */
import type { Scenario } from '../engine/types';
import { parseScenario } from '../schemas/scenario';
import type { Preset } from './types';

export type { CatalogueEntry, Preset, Topic } from './types';
export { TOPICS } from './types';
export { CATALOGUE, catalogueEntry } from './catalogue';
export { PRESETS, findPreset } from './all';

/** Each preset's scenario, worked out once: the page looks presets up on every edit. */
const scenarios = new WeakMap<Preset, Scenario>();

/**
 * A preset's document, validated and with the format's defaults applied: what the engine
 * takes. Every preset is valid (the presets' unit tests check each one). Worked out once per
 * preset; the scenario is shared, so never change it.
 *
 * @throws Error if the document is not a valid scenario, which would be a bug in the preset
 */
export function presetScenario(preset: Preset): Scenario {
	const known = scenarios.get(preset);
	if (known) return known;
	const parsed = parseScenario(preset.document);
	if (!parsed.ok) {
		const [first] = parsed.problems;
		throw new Error(`Preset "${preset.id}" is not valid: ${first.path}: ${first.message}`);
	}
	scenarios.set(preset, parsed.scenario);
	return parsed.scenario;
}
