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
