import { createHash } from 'node:crypto';
import type { Scenario } from '$lib/engine/types';
import { scenarioToDocument } from '$lib/schemas/serialize';

/**
 * A link's id comes from its scenario: the canonical document (the product's own writer,
 * src/lib/schemas/serialize.ts), hashed with SHA-256, written in base62. So the same scenario
 * gets the same id however its JSON was written (field order, spacing, defaults left out), and
 * an edited one a new id, on every instance, with no counter to share.
 *
 * An id is the first 8 digits; should those be taken by another scenario, the first 9, and so
 * on. 8 base62 digits are 47.6 bits: a clash becomes likely only after some ten million links,
 * and costs the newcomer one more character, never the link already kept.
 */

/** The digits of an id: unambiguous in a URL, with no punctuation to lose at the end of a sentence. */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** How long an id is, unless lengthened after a clash. */
export const ID_LENGTH = 8;

/**
 * The longest id: 22 digits are 131 bits of the hash, so nine clashes in a row would take a
 * deliberate search of a size nobody can afford.
 */
export const MAX_ID_LENGTH = 22;

/** What an id can look like; anything else is not looked up. */
export const ID_PATTERN = new RegExp(`^[0-9A-Za-z]{${ID_LENGTH},${MAX_ID_LENGTH}}$`);

/** The JSON text kept for a scenario: its canonical document, compact. */
export function canonicalText(scenario: Scenario): string {
	return JSON.stringify(scenarioToDocument(scenario));
}

/**
 * The base62 digits of the SHA-256 of `text`, least significant first, so that each digit is
 * uniform and a longer id starts with the shorter one.
 */
export function hashDigits(text: string): string {
	let value = BigInt(`0x${createHash('sha256').update(text, 'utf8').digest('hex')}`);
	let digits = '';
	for (let i = 0; i < MAX_ID_LENGTH; i++) {
		digits += ALPHABET[Number(value % 62n)];
		value /= 62n;
	}
	return digits;
}

/** The ids a document may take, shortest first. */
export function candidateIds(text: string): string[] {
	const digits = hashDigits(text);
	const ids: string[] = [];
	for (let length = ID_LENGTH; length <= MAX_ID_LENGTH; length++) ids.push(digits.slice(0, length));
	return ids;
}
