/**
 * Writing the share link (the rules and the layout are in ./url-codec.ts and ./README.md).
 *
 * Apart from the decoder so that the page can write its link without loading what reading one
 * needs: the format's schemas (zod), which the decoder validates every link with. Writing
 * needs none of them: the scenario it packs is already valid. url-codec.ts re-exports it all.
 */
import { deflateSync } from 'fflate';
import type { Scenario } from '../engine/types';
import { scenarioToDocument } from '../schemas/serialize';
import { LINK_DICTIONARY_V1 } from './dictionary';
import { LINK_VERSION } from './params';

/**
 * The longest parameter value read or written, in characters. Checked before any work.
 * 8,000 keeps the whole request line within nginx's default 8 KiB buffer and well inside
 * Node's 16 KiB header limit, so a link this tool makes is never refused by a server.
 */
export const MAX_PARAMETER_LENGTH = 8_000;

/**
 * The largest unpacked document read or written, in bytes of UTF-8 (256 KiB). Unpacking
 * stops as soon as it is passed, so a small link that inflates enormously costs nothing.
 */
export const MAX_DOCUMENT_BYTES = 256 * 1024;

/** The preset dictionary of link version 1 as bytes; never changed (./dictionary.ts). */
export const DICTIONARY_V1 = new TextEncoder().encode(LINK_DICTIONARY_V1);

/** Bytes in a kibibyte, for the sizes the links' messages give. */
export const KIB = 1024;

/** Thrown (as a rejection) by {@link encodeScenario} when a scenario is too big for a link. */
export class ScenarioTooLargeForLinkError extends Error {
	constructor(what: string) {
		super(
			`This scenario is too large to share as a link (${what}); download it as a file instead.`
		);
		this.name = 'ScenarioTooLargeForLinkError';
	}
}

/**
 * Packs a scenario into the value of the `s` parameter.
 *
 * The whole canonical document goes in, every input and the format version (rule 4), packed
 * with raw deflate at level 9 and the preset dictionary D1. Deflate output is not canonical
 * (another release of fflate, or another deflate, may pack the same document differently),
 * so compare decoded scenarios, not encoded strings.
 *
 * @param scenario A validated scenario.
 * @returns The parameter value, such as "1.q1ZKy…": at most {@link MAX_PARAMETER_LENGTH}
 *   characters, all of them URL-safe.
 * @throws {ScenarioTooLargeForLinkError} (as a rejection) when the document is over
 *   {@link MAX_DOCUMENT_BYTES} or the value would be over {@link MAX_PARAMETER_LENGTH}, so
 *   the tool never writes a link it would refuse to read.
 */
export async function encodeScenario(scenario: Scenario): Promise<string> {
	const json = new TextEncoder().encode(JSON.stringify(scenarioToDocument(scenario)));
	if (json.byteLength > MAX_DOCUMENT_BYTES) {
		throw new ScenarioTooLargeForLinkError(`${Math.ceil(json.byteLength / KIB)} KiB of JSON`);
	}
	const packed = deflateSync(json, { level: 9, dictionary: DICTIONARY_V1 });
	const value = `${LINK_VERSION}.${toBase64Url(packed)}`;
	if (value.length > MAX_PARAMETER_LENGTH) {
		throw new ScenarioTooLargeForLinkError(`${value.length} characters`);
	}
	return value;
}

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let offset = 0; offset < bytes.byteLength; offset += 0x2000) {
		binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x2000));
	}
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
