import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import { SCENARIO_PARAM } from '$lib/codec/params';
import type { Scenario } from '$lib/engine/types';

/** How long typing must pause before the address is rewritten. */
const DEBOUNCE_MS = 300;

/**
 * Keeps the address in step with the scenario: typing rewrites the `s` parameter in place
 * (no new history entry for every keystroke, no navigation, no loss of focus), once typing
 * pauses. The share link shown on the page is that address.
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

	/** Makes the link for `scenario` once typing pauses. */
	schedule(scenario: Scenario): void {
		clearTimeout(this.#timer);
		this.pending = true;
		const request = ++this.#latest;
		this.#timer = setTimeout(() => void this.#write(scenario, request), DEBOUNCE_MS);
	}

	async #write(scenario: Scenario, request: number): Promise<void> {
		try {
			// Loaded when the first link is made: the codec is not needed for the first paint.
			const { encodeScenario } = await import('$lib/codec/url-codec');
			const value = await encodeScenario(scenario);
			if (request !== this.#latest) return;
			// A throwaway copy to build the address from, not state to react to.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			const url = new URL(page.url);
			url.searchParams.set(SCENARIO_PARAM, value);
			// The page's own address with a new `s`: no route to resolve, and no navigation.
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			replaceState(url, page.state);
			this.href = url.href;
			this.problem = null;
		} catch {
			if (request !== this.#latest) return;
			this.problem =
				'This comparison is too large to share as a link. Download the scenario file to share it instead.';
		} finally {
			if (request === this.#latest) this.pending = false;
		}
	}
}
