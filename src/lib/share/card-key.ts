import type { Scenario } from '../engine/index';
import { scenarioToDocument } from '../schemas/serialize';

/**
 * The cache key of a social card: a hash of the state the card shows and of the release that
 * drew it (issue 5, "same state, same image").
 *
 * The state is the scenario's canonical document (`scenarioToDocument`, the JSON inside every
 * link), so two links that pack the same scenario differently share a key. The release is
 * SvelteKit's `version` (new on every build), so an engine fix or a new card design can never
 * be hidden behind an image cached as immutable: after a deploy every key changes, and a card
 * URL that carries an old key is served with a short lifetime instead (see ./README.md).
 *
 * The hash is cyrb64, a fast non-cryptographic 64-bit hash, so the page can work it out in the
 * browser as it renders. It is a cache key, not a signature: a card's URL carries the whole
 * state in `s`, the server recomputes the key from that state, and only a key that matches
 * earns the immutable headers. A forged or colliding key can at worst make a URL's own image
 * long-lived, which is what that URL shows anyway.
 */

/** The search parameter of the card's URL that carries the key. */
export const CARD_KEY_PARAM = 'v';

/**
 * The key of a scenario's card: 16 lowercase hex digits.
 *
 * @param scenario a validated scenario
 * @param release the build's version (`version` from `$app/environment`)
 */
export function cardKey(scenario: Scenario, release: string): string {
	return hash64(`${release}\n${JSON.stringify(scenarioToDocument(scenario))}`);
}

/** The key of the card shown when there is no comparison to show. */
export function genericCardKey(release: string): string {
	return hash64(`${release}\ngeneric`);
}

/**
 * cyrb64: two 32-bit multiply-xorshift lanes over the UTF-16 code units, mixed at the end
 * (after bryc's public-domain cyrb53, keeping all 64 bits).
 */
export function hash64(text: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i += 1) {
		const code = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ code, 2654435761);
		h2 = Math.imul(h2 ^ code, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
	h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
	h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');
	return hex(h2) + hex(h1);
}
