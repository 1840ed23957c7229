/**
 * Ready-made comparisons (issue 4): scenario documents in the exchange format, built only
 * from the checked figures in `shared/data/figures.md` and from labelled assumptions. Pure
 * data and plain functions, so the page, the API and the tests share them.
 */
import type { Scenario } from '../engine/types';
import { parseScenario } from '../schemas/scenario';
import { AGENCY_SOCIAL_WORKERS } from './agency-social-workers';
import { CHILDRENS_HOMES } from './childrens-homes';
import { CHILDRENS_TRUST } from './childrens-trust';
import { FOSTER_CARE } from './foster-care';
import { IMPROVEMENT_CONSULTANCY } from './improvement-consultancy';
import { INSOURCING } from './insourcing';
import { PRACTICE_PILOTS } from './practice-pilots';
import type { Preset } from './types';

export type { CatalogueEntry, Preset, Topic } from './types';
export { TOPICS } from './types';
export { CATALOGUE, catalogueEntry } from './catalogue';

/** Every preset, in the order the gallery shows them. */
export const PRESETS: readonly Preset[] = Object.freeze([
	FOSTER_CARE,
	CHILDRENS_HOMES,
	AGENCY_SOCIAL_WORKERS,
	IMPROVEMENT_CONSULTANCY,
	CHILDRENS_TRUST,
	PRACTICE_PILOTS,
	INSOURCING
]);

/** The preset with this id; undefined when there is none. */
export function findPreset(id: string): Preset | undefined {
	return PRESETS.find((preset) => preset.id === id);
}

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
