import type { Problem } from '$lib/schemas/problems';

/** What every box of the editor is given: where its value sits, the problems, its words. */
export interface FieldProps {
	/** Where the value sits in the scenario, as the validator writes it: `options[0].name`. */
	path: string;
	problems: readonly Problem[];
	label: string;
	hint?: string;
	/** Adds "(optional)" to the label. */
	optional?: boolean;
	/** The text in the box; undefined for an empty optional box. */
	value: string | undefined;
}

/**
 * What a form group tells the box it draws: which hint and error describe it, and whether
 * it holds a problem.
 */
export interface Control {
	describedBy: string | undefined;
	invalid: boolean;
}

/** The aria-describedby of a box: its hint, then its error, by their ids. */
export function describedBy(id: string, hasHint: boolean, hasError: boolean): string | undefined {
	const ids = [hasHint ? `${id}-hint` : '', hasError ? `${id}-error` : ''].filter(Boolean);
	return ids.length > 0 ? ids.join(' ') : undefined;
}
