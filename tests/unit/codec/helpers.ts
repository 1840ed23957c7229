/**
 * Shared helpers for the codec and storage tests: the worked examples, parsed, and raw
 * deflate with link version 1's dictionary in both directions, so a test can build a hostile
 * link by hand.
 */
import { deflateSync, inflateSync } from 'fflate';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LINK_DICTIONARY_V1 } from '../../../src/lib/codec/dictionary';
import type { Scenario } from '../../../src/lib/engine/types';
import { parseScenario } from '../../../src/lib/schemas/scenario';

/** The folder of the worked examples. */
export const EXAMPLES_FOLDER = fileURLToPath(new URL('../../fixtures/examples/', import.meta.url));

/** The folder of historical share links. */
export const LINKS_FOLDER = fileURLToPath(new URL('../../fixtures/links/', import.meta.url));

/** The worked examples' names, such as "foster-placements". */
export const EXAMPLE_NAMES: string[] = readdirSync(EXAMPLES_FOLDER)
	.filter((file) => file.endsWith('.json') && !file.endsWith('.expected.json'))
	.map((file) => file.replace(/\.json$/, ''))
	.sort();

/** Reads and parses a JSON file, failing the test with the problems if it is not a scenario. */
export function readScenario(path: string): Scenario {
	const parsed = parseScenario(JSON.parse(readFileSync(path, 'utf8')));
	if (!parsed.ok) {
		throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
	}
	return parsed.scenario;
}

/** A worked example, parsed. */
export function example(name: string): Scenario {
	return readScenario(`${EXAMPLES_FOLDER}${name}.json`);
}

/** Link version 1's preset dictionary, as the bytes deflate uses. */
export const DICTIONARY_V1: Uint8Array = new TextEncoder().encode(LINK_DICTIONARY_V1);

/** Raw deflate of some bytes with a preset dictionary: link version 1's unless told. */
export function deflateRaw(bytes: Uint8Array, dictionary: Uint8Array = DICTIONARY_V1): Uint8Array {
	return deflateSync(bytes, { level: 9, dictionary });
}

/** Raw inflate of some bytes with no limit, link version 1's dictionary unless told: tests only. */
export function inflateRaw(bytes: Uint8Array, dictionary: Uint8Array = DICTIONARY_V1): Uint8Array {
	return inflateSync(bytes, { dictionary });
}

/** Base64url without padding, as links carry it. */
export function base64url(bytes: Uint8Array): string {
	return Buffer.from(bytes).toString('base64url');
}

/** The bytes of a parameter value's payload (after "1."). */
export function payloadBytes(value: string): Uint8Array {
	return new Uint8Array(Buffer.from(value.slice(value.indexOf('.') + 1), 'base64url'));
}

/** A link-version-1 parameter value holding these bytes, deflated with the dictionary. */
export function packedValue(bytes: Uint8Array): string {
	return `1.${base64url(deflateRaw(bytes))}`;
}

/** A link-version-1 parameter value holding this text, deflated with the dictionary. */
export function packedText(text: string): string {
	return packedValue(new TextEncoder().encode(text));
}
