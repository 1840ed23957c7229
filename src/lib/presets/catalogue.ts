import type { Source } from '../engine/types';
import type { ScenarioInput } from '../schemas/scenario';
import { ASSUMPTIONS } from './assumptions';
import { PUBLISHED_SOURCES } from './sources';
import type { CatalogueEntry } from './types';

/** Every source the presets may cite: the published ones, then the assumptions. */
export const CATALOGUE: readonly CatalogueEntry[] = [...PUBLISHED_SOURCES, ...ASSUMPTIONS];

/** The catalogue entry of a source id; undefined when there is none. */
export function catalogueEntry(id: string): CatalogueEntry | undefined {
	return CATALOGUE.find((entry) => entry.source.id === id);
}

/** A preset's document as written: everything but the sources, which are filled in. */
export type PresetFields = Omit<ScenarioInput, 'format' | 'version' | 'sources'>;

/** One cost line of a preset's document, as written. */
export type PresetLine = NonNullable<PresetFields['options'][number]['lines']>[number];

/**
 * A preset's scenario document (format.md, version 1). Its `sources` are the catalogue's
 * entries for the ids its lines (then its claims) cite, in the order first cited, so a document never carries
 * a source no line uses, nor cites one it does not carry. The document is frozen: modules
 * share it, and a change to it would change every later answer.
 *
 * @throws Error when a line cites an id the catalogue does not have (a bug in a preset,
 *   caught by the presets' unit tests)
 */
export function presetDocument(fields: PresetFields): ScenarioInput {
	const ids = new Set<string>();
	for (const option of fields.options) {
		for (const line of option.lines ?? []) {
			for (const id of line.sources ?? []) ids.add(id);
		}
	}
	// Then the sources of the claims the preset holds against its figures (issue 16).
	for (const claim of fields.claims ?? []) if (claim.source) ids.add(claim.source);
	const sources: Source[] = [...ids].map((id) => {
		const entry = catalogueEntry(id);
		if (entry === undefined) throw new Error(`No source "${id}" in the presets' catalogue`);
		return { ...entry.source };
	});
	return deepFreeze({ format: 'public-cost-comparison', version: 1, ...fields, sources });
}

function deepFreeze<T>(value: T): T {
	if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const child of Object.values(value)) deepFreeze(child);
	}
	return value;
}
