import { replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import { SCENARIO_PARAM } from '$lib/codec/params';
import type { Scenario } from '$lib/engine/types';

/** How long typing must pause before the address is rewritten. */
const DEBOUNCE_MS = 300;

/** Why a comparison has no share link. */
export const TOO_LARGE_FOR_A_LINK =
	'This comparison is too large to share as a link. Download the scenario file to share it instead.';

/** The parameter of a link that asks for a blank comparison rather than the autosave. */
export const NEW_PARAM = 'new';

/**
 * The scenario this history entry left, when it differs from the one its address was first
 * opened with: after Back or Forward, SvelteKit loads the page from the address it navigated
 * to, not from the address `replaceState` rewrote since, so the edits live in history state
 * too. Null when there is nothing to restore (a new visit, or the same scenario).
 */
export async function scenarioLeftInHistory(): Promise<Scenario | null> {
	if (!hasScenarioInHistory()) return null;
	// Loaded only when there is a scenario to restore: the codec is not needed for first paint.
	const { decodeScenario } = await import('$lib/codec/url-codec');
	const decoded = await decodeScenario(page.state.s ?? '');
	return decoded.ok ? decoded.scenario : null;
}

/**
 * True when this history entry left another scenario than its address opened: until it is
 * restored, the page must not save the address's scenario over the autosave.
 */
export function hasScenarioInHistory(): boolean {
	const left = page.state.s;
	return left !== undefined && left !== page.url.searchParams.get(SCENARIO_PARAM);
}

/**
 * Keeps the address in step with the scenario: typing rewrites the `s` parameter in place
 * (no new history entry for every keystroke, no navigation, no loss of focus), once typing
 * pauses. The share link shown on the page is that address. The same value goes into the
 * history entry's state (SvelteKit's shallow routing), so Back and Forward can bring the
 * edited scenario back: see {@link scenarioLeftInHistory}.
 */
export class LinkSync {
	/** The share link for the scenario as it now stands. */
	href = $state(page.url.href);
	/** True while a newer link is being made. */
	pending = $state(false);
	/** Why no link could be made, if so. */
	problem = $state<string | null>(null);

	#timer: ReturnType<typeof setTimeout> | undefined;
	#latest = 0;
	/** Writes the link waiting for typing to pause, at once; null when none is waiting. */
	#writeNow: (() => Promise<void>) | null = null;
	/** The link being written, once its wait is over. */
	#writing: Promise<void> = Promise.resolve();

	/** @param initial The link until the first edit, if not the page's own (a short link's page). */
	constructor(initial?: string) {
		if (initial) this.href = initial;
	}

	/** Makes the link for `scenario` once typing pauses. */
	schedule(scenario: Scenario): void {
		clearTimeout(this.#timer);
		this.pending = true;
		const request = ++this.#latest;
		const write = (): Promise<void> => {
			clearTimeout(this.#timer);
			this.#writeNow = null;
			return (this.#writing = this.#write(scenario, request));
		};
		this.#writeNow = write;
		this.#timer = setTimeout(() => void write(), DEBOUNCE_MS);
	}

	/**
	 * The share link of the scenario as it stands now, written at once if typing has not yet
	 * paused, for a link followed straight after an edit (the printable report): null when no
	 * link can be made.
	 */
	async now(): Promise<string | null> {
		// A write gives way to a newer one (the comparison changed again while it was being
		// packed), so wait for the newest; a few rounds, not for ever while typing goes on.
		for (let round = 0; round < 5 && this.pending; round++) {
			await (this.#writeNow?.() ?? this.#writing);
		}
		return this.problem === null ? this.href : null;
	}

	async #write(scenario: Scenario, request: number): Promise<void> {
		try {
			// Loaded when the first link is made: not needed for the first paint. The encoder
			// alone, without the decoder's schemas (zod), which a link being written never needs.
			const { encodeScenario } = await import('$lib/codec/url-encode');
			const value = await encodeScenario(scenario);
			if (request !== this.#latest) return;
			// A throwaway copy to build the address from, not state to react to.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			const url = new URL(page.url);
			url.searchParams.set(SCENARIO_PARAM, value);
			// A blank comparison's own link carries the scenario now, not "start blank".
			url.searchParams.delete(NEW_PARAM);
			// An edit on a short link's page (/s/{id}) leaves the kept scenario: the address
			// becomes the comparison page's, with the whole edited scenario in it.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			url.pathname = new URL(resolve('/compare'), url).pathname;
			// The page's own address with a new `s`: no route to resolve, and no navigation.
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			replaceState(url, { ...page.state, s: value });
			this.href = url.href;
			this.problem = null;
		} catch {
			if (request !== this.#latest) return;
			this.problem = TOO_LARGE_FOR_A_LINK;
		} finally {
			if (request === this.#latest) this.pending = false;
		}
	}
}
