import type { Component } from 'svelte';

/**
 * A part whose code the browser loads only when it is wanted, so that it stays out of the page's
 * first-load JavaScript. The server's page draws the part itself; see `lazy` below.
 */
export interface Lazy<C extends Component<never>> {
	/** The part, once its code has loaded. */
	readonly loaded: C | undefined;
	/** Loads the part's code, once however often it is asked for. */
	load(): Promise<C>;
}

/**
 * The browser's side of a part loaded later, for an island (./index.ts). The page gives the
 * server the part itself and the browser this, one or the other by the build:
 *
 * ```ts
 * const Claims = import.meta.env.SSR ? ClaimsPanel : lazy(() => import('./ClaimsPanel.svelte'));
 * ```
 */
export function lazy<C extends Component<never>>(load: () => Promise<{ default: C }>): Lazy<C> {
	let loading: Promise<C> | undefined;
	const part = {
		loaded: undefined as C | undefined,
		load: () =>
			(loading ??= load().then(
				(module) => (part.loaded = module.default),
				(error: unknown) => {
					// A failed load (a dropped connection) may be tried again later.
					loading = undefined;
					throw error;
				}
			))
	};
	return part;
}

/** Whether `part` is a part loaded later rather than the part itself. */
export function isLazy<C extends Component<never>>(part: C | Lazy<C>): part is Lazy<C> {
	return typeof part === 'object' && part !== null && 'load' in part;
}
