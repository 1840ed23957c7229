import type { Source } from '$lib/engine';
import { uniqueId } from '$lib/state/comparison.svelte';
import type { ScenarioDraft } from '$lib/state/draft';

/**
 * Changes the sources panel makes to the editor's draft. Sources have no boxes of their own
 * in the draft's raw-text sense: they are the exchange format's sources as they stand.
 */

/** The optional text fields of a source, which are left out of the document when empty. */
export type OptionalSourceField = 'publisher' | 'date' | 'url' | 'quote' | 'via';

/**
 * Adds a source with a new id (`source`, `source-2`…), a title to type over and the weakest
 * strength, an assumption, until the person says otherwise.
 *
 * @returns the new source's index
 */
export function addSource(draft: ScenarioDraft): number {
	const id = uniqueId(
		'source',
		draft.sources.map((source) => source.id)
	);
	draft.sources.push({ id, title: 'New source', strength: 'assumption' });
	return draft.sources.length - 1;
}

/**
 * Removes a source and unticks it from every line that cited it.
 *
 * @returns the removed source and how many lines cited it; undefined when there is no such source
 */
export function removeSource(
	draft: ScenarioDraft,
	index: number
): { source: Source; lines: number } | undefined {
	const [source] = draft.sources.splice(index, 1);
	if (source === undefined) return undefined;
	let lines = 0;
	for (const option of draft.options) {
		for (const line of option.lines) {
			if (!line.sources.includes(source.id)) continue;
			line.sources = line.sources.filter((id) => id !== source.id);
			lines += 1;
		}
	}
	return { source, lines };
}

/** Sets an optional field, or leaves it out when it is empty, so "" never reaches the document. */
export function setOptional(source: Source, field: OptionalSourceField, value: string): void {
	if (value === '') delete source[field];
	else source[field] = value;
}

/** The lines that cite a source, "Foster placements (In-house foster carers)", in draft order. */
export function linesCiting(draft: ScenarioDraft, id: string): string[] {
	return draft.options.flatMap((option) =>
		option.lines
			.filter((line) => line.sources.includes(id))
			.map((line) => `${line.label.trim() || line.id} (${option.name.trim() || option.id})`)
	);
}
