/**
 * Naming a figure of the results. Apart from the builders in index.ts, so that the results
 * can mark which figure is open without loading the workings themselves (the page loads
 * those when a figure is first opened).
 */
import type { FigureRef } from './types';

/**
 * A stable text key for a figure reference, the same for equal references whatever the
 * order of their fields: for `{#each}` keys, element ids and comparing references.
 */
export function figureKey(ref: FigureRef): string {
	const fields = Object.entries(ref)
		// An option's total without a case is its central case.
		.filter(([name, value]) => value !== undefined && !(name === 'case' && value === 'central'))
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([name, value]) => `${name}=${String(value)}`);
	return fields.join(';');
}

/** Whether two references name the same figure. */
export function sameFigure(a: FigureRef, b: FigureRef): boolean {
	return figureKey(a) === figureKey(b);
}
