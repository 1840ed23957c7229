import { getContext, setContext } from 'svelte';
import type { ComparisonEditor } from '$lib/state/comparison.svelte';
import type { DraftLine, DraftOption } from '$lib/state/draft';

/**
 * Undo for the editor's removals: removing an option or a line shows a notice with an "Undo"
 * button, which puts exactly what was removed back where it was. Only the last removal can be
 * undone, and only in the draft it was made in (opening another scenario forgets it).
 */
export class RemovalUndo {
	/** What the notice says, and how to undo it; null when there is nothing to undo. */
	last = $state<{ text: string; undo: () => void } | null>(null);

	readonly #editor: ComparisonEditor;

	constructor(editor: ComparisonEditor) {
		this.#editor = editor;
	}

	/** Removes an option; its name, lines and place (and whether it was the baseline) are kept. */
	removeOption(index: number): boolean {
		const draft = this.#editor.draft;
		const count = draft.options.length;
		const removed: DraftOption = $state.snapshot(draft.options[index]);
		const baseline = draft.baseline;
		this.#editor.removeOption(index);
		if (draft.options.length === count) return false;
		this.last = {
			text: `Option “${removed.name}” removed.`,
			undo: () => {
				if (this.#editor.draft !== draft) return;
				draft.options.splice(Math.min(index, draft.options.length), 0, removed);
				if (baseline === removed.id) draft.baseline = baseline;
			}
		};
		return true;
	}

	/** Removes a line; what it was and which overheads counted it are kept. */
	removeLine(optionIndex: number, lineIndex: number): boolean {
		const draft = this.#editor.draft;
		const option = draft.options[optionIndex];
		const removed: DraftLine = $state.snapshot(option.lines[lineIndex]);
		const counting = option.lines
			.filter((line) => line.of?.includes(removed.id))
			.map((line) => line.key);
		this.#editor.removeLine(optionIndex, lineIndex);
		this.last = {
			text: `Line “${removed.label}” removed.`,
			undo: () => {
				if (this.#editor.draft !== draft || !draft.options.includes(option)) return;
				option.lines.splice(Math.min(lineIndex, option.lines.length), 0, removed);
				for (const line of option.lines) {
					if (counting.includes(line.key) && line.of && !line.of.includes(removed.id)) {
						line.of.push(removed.id);
					}
				}
			}
		};
		return true;
	}

	/** Puts the last removal back. */
	undo(): void {
		const last = this.last;
		this.last = null;
		last?.undo();
	}

	/** Forgets the last removal. */
	dismiss(): void {
		this.last = null;
	}
}

const KEY = Symbol('removal-undo');

/** Makes the undo available to the editor's parts. */
export function provideRemovalUndo(undo: RemovalUndo): void {
	setContext(KEY, undo);
}

/** The editor's undo, from its form. */
export function removalUndo(): RemovalUndo {
	return getContext<RemovalUndo>(KEY);
}
