/**
 * Every preset, as data: their documents unread, so that a module which only looks presets up
 * (which preset a comparison started from, its figures' years of prices) does not bring in the
 * format's schemas (issue 12). `presetScenario` in ./index reads a document.
 */
import { AGENCY_SOCIAL_WORKERS } from './agency-social-workers';
import { CHILDRENS_HOMES } from './childrens-homes';
import { CHILDRENS_TRUST } from './childrens-trust';
import { FOSTER_CARE } from './foster-care';
import { IMPROVEMENT_CONSULTANCY } from './improvement-consultancy';
import { INSOURCING } from './insourcing';
import { PRACTICE_PILOTS } from './practice-pilots';
import type { Preset } from './types';

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
