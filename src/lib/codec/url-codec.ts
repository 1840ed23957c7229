/**
 * The share link: a whole scenario in one search parameter, `s` (style.md §15–21).
 *
 * The value is `<link version>.<payload>`, today `1.` followed by the base64url (no padding)
 * of the raw deflate (RFC 1951), with the preset dictionary D1 (./dictionary.ts), of the
 * UTF-8 JSON of the scenario's canonical document (`scenarioToDocument`). See ./README.md
 * for the layout, the bounds and why.
 *
 * Compatibility rules, for ever:
 * 1. A link made by any release opens in every later release and shows the same figures.
 *    Each link ever published has a fixture in `tests/fixtures/links/` that must decode.
 * 2. The parameter is named `s`; never rename it or reuse the name for something else.
 * 3. The link version before the first "." changes only when the payload's layout does
 *    (another compression, encoding or preset dictionary). The dictionary of each version is
 *    frozen for ever and kept for decoding after a newer one arrives. The exchange format's
 *    own version travels inside the document, and format migrations belong to the schemas,
 *    not to the link.
 * 4. A link carries every input and its format version, never "differences from today's
 *    defaults": only the defaults the format version itself fixes may be left out, because
 *    they never change within a version (format.md; style.md §17).
 * 5. A link of a newer version than this release reads is refused with a clear reason,
 *    never guessed at: a wrong figure is worse than no figure (style.md §12).
 * 6. A change to the shape of the parameters adds a migration to ./url-migrations.ts; it
 *    never edits one already published.
 * 7. Decoding is total and bounded: it never throws or rejects, and it refuses over-long
 *    input before any work and over-large output while it unpacks.
 *
 * Pure and platform-neutral: deflate is fflate's, plain JavaScript that runs the same code in
 * browsers and Node (the platform's `CompressionStream` cannot take a preset dictionary); the
 * rest needs only `TextEncoder`, `TextDecoder`, `btoa` and `atob`.
 */
import { Inflate } from 'fflate';
import type { Scenario } from '../engine/types';
import type { Problem } from '../schemas/problems';
import { parseScenario } from '../schemas/scenario';
import { migrateSearchParams } from './url-migrations';
import { parseJsonText } from '../schemas/json-text';

import { LINK_VERSION, SCENARIO_PARAM } from './params';
import {
	DICTIONARY_V1,
	encodeScenario,
	KIB,
	MAX_DOCUMENT_BYTES,
	MAX_PARAMETER_LENGTH,
	ScenarioTooLargeForLinkError
} from './url-encode';

export { LINK_VERSION, SCENARIO_PARAM };
export { encodeScenario, MAX_DOCUMENT_BYTES, MAX_PARAMETER_LENGTH, ScenarioTooLargeForLinkError };

/**
 * How many packed bytes are fed to the decompressor at a time, so it never races ahead: deflate
 * unpacks at most 1,032 bytes per packed byte, so one slice yields at most about 64 KiB.
 */
const FEED_BYTES = 64;

const BASE64URL = /^[A-Za-z0-9_-]*$/;
const VERSIONED = /^(\d{1,6})\.(.*)$/s;

/** Why a link could not be read, by a stable id; the wording in {@link DECODE_REASONS} may improve. */
export type DecodeFailureCode =
	| 'empty'
	| 'repeated'
	| 'too-long'
	| 'not-a-link'
	| 'newer-version'
	| 'bad-characters'
	| 'damaged'
	| 'too-large'
	| 'not-text'
	| 'not-json'
	| 'invalid-scenario'
	| 'internal';

/** A decoded link: the scenario, or why not, in a sentence a person can act on. */
export type DecodeResult =
	| { ok: true; scenario: Scenario }
	| { ok: false; code: DecodeFailureCode; reason: string; problems: Problem[] };

/** The sentences behind each {@link DecodeFailureCode}, in one place (style.md §14). */
export const DECODE_REASONS = {
	empty: (): string => "The link's scenario is empty, so there is nothing to show.",
	repeated: (count: number): string =>
		`The link carries ${count} scenarios (the "${SCENARIO_PARAM}" parameter appears ` +
		`${count} times), so it is not clear which one to show.`,
	tooLong: (length: number): string =>
		`The link's scenario is ${length.toLocaleString('en-GB')} characters long, more than ` +
		`the ${MAX_PARAMETER_LENGTH.toLocaleString('en-GB')} this tool reads, so it was not opened.`,
	notALink: (): string =>
		'This is not a comparison link: its scenario does not start with a version number ' +
		'such as "1.".',
	newerVersion: (version: number): string =>
		`This link was made by a newer version of the tool (link version ${version}; this one ` +
		`reads version ${LINK_VERSION}), so it cannot be read safely here. Open it with the ` +
		'newer version.',
	badCharacters: (example: string): string =>
		`The link's scenario contains characters a comparison link never has (such as ` +
		`${JSON.stringify(example)}); it may have been changed or cut when it was copied.`,
	damaged: (): string =>
		"The link's scenario could not be unpacked: it is damaged or incomplete, perhaps cut " +
		'short when it was copied. Copy the whole link and try again.',
	tooLarge: (): string =>
		`The link's scenario unpacks to more than ${MAX_DOCUMENT_BYTES / KIB} KiB, more than ` +
		'any scenario this tool writes, so it was not opened.',
	notText: (): string => "The link's scenario does not unpack to readable text.",
	notJson: (detail: string): string =>
		`The link's scenario does not unpack to valid JSON (${detail}).`,
	invalidScenario: (count: number): string =>
		`The link's scenario has ${count} ${count === 1 ? 'problem' : 'problems'}, so its ` +
		'figures cannot be shown as they stand.',
	internal: (): string =>
		'The link could not be read because of an unexpected error in this tool; please ' +
		'report it with the link.'
} as const;

/**
 * Unpacks the value of an `s` parameter into a validated scenario.
 *
 * Total and bounded (rule 7): it resolves for every input, checking the length first, then
 * the version and characters, then unpacking no more than {@link MAX_DOCUMENT_BYTES}, then
 * the JSON, then the scenario itself with `parseScenario`.
 *
 * @param value The parameter's value, already percent-decoded (as `URLSearchParams` gives it).
 * @returns The scenario, or a failure with its code, a reason, and for a scenario that
 *   fails the format, each problem with its path.
 */
export async function decodeScenario(value: string): Promise<DecodeResult> {
	try {
		return decode(value);
	} catch {
		return failure('internal', DECODE_REASONS.internal());
	}
}

/**
 * Reads the scenario a link's parameters carry, after bringing old links up to date with
 * the URL migrations.
 *
 * @param params The page's search parameters; left unchanged.
 * @returns `null` when there is no `s` parameter (a fresh page), otherwise as
 *   {@link decodeScenario}; a link with more than one `s` is refused.
 */
export async function scenarioFromSearchParams(
	params: URLSearchParams
): Promise<DecodeResult | null> {
	try {
		const values = migrateSearchParams(params).getAll(SCENARIO_PARAM);
		if (values.length === 0) return null;
		if (values.length > 1) return failure('repeated', DECODE_REASONS.repeated(values.length));
		return await decodeScenario(values[0]);
	} catch {
		return failure('internal', DECODE_REASONS.internal());
	}
}

/**
 * The search parameters of a link to a scenario: `s` and nothing else.
 *
 * @throws {ScenarioTooLargeForLinkError} as {@link encodeScenario}.
 */
export async function scenarioToSearchParams(scenario: Scenario): Promise<URLSearchParams> {
	return new URLSearchParams([[SCENARIO_PARAM, await encodeScenario(scenario)]]);
}

function decode(value: string): DecodeResult {
	if (value.length > MAX_PARAMETER_LENGTH) {
		return failure('too-long', DECODE_REASONS.tooLong(value.length));
	}
	if (value.trim() === '') return failure('empty', DECODE_REASONS.empty());

	const versioned = VERSIONED.exec(value);
	const version = versioned === null ? NaN : Number(versioned[1]);
	if (versioned === null || !Number.isInteger(version) || version < 1) {
		return failure('not-a-link', DECODE_REASONS.notALink());
	}
	if (version > LINK_VERSION) {
		return failure('newer-version', DECODE_REASONS.newerVersion(version));
	}

	const payload = versioned[2];
	if (!BASE64URL.test(payload)) {
		const example = Array.from(payload).find((character) => !BASE64URL.test(character)) ?? '';
		return failure('bad-characters', DECODE_REASONS.badCharacters(example));
	}
	if (payload === '') return failure('empty', DECODE_REASONS.empty());
	// A base64 text one character past a whole group cannot come from any bytes: it was cut.
	if (payload.length % 4 === 1) return failure('damaged', DECODE_REASONS.damaged());

	const unpacked = inflate(fromBase64Url(payload));
	if (unpacked === 'damaged') return failure('damaged', DECODE_REASONS.damaged());
	if (unpacked === 'too-large') return failure('too-large', DECODE_REASONS.tooLarge());

	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(unpacked);
	} catch {
		return failure('not-text', DECODE_REASONS.notText());
	}

	let document: unknown;
	try {
		document = parseJsonText(text);
	} catch (error) {
		return failure('not-json', DECODE_REASONS.notJson(errorMessage(error)));
	}

	const parsed = parseScenario(document);
	if (!parsed.ok) {
		return failure(
			'invalid-scenario',
			DECODE_REASONS.invalidScenario(parsed.problems.length),
			parsed.problems
		);
	}
	return { ok: true, scenario: parsed.scenario };
}

function failure(code: DecodeFailureCode, reason: string, problems: Problem[] = []): DecodeResult {
	return { ok: false, code, reason, problems };
}

function errorMessage(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return message.length > 120 ? `${message.slice(0, 120)}…` : message;
}

/**
 * Raw-inflates with the link's dictionary, at most {@link MAX_DOCUMENT_BYTES}; never throws.
 * The packed bytes go in {@link FEED_BYTES} at a time and unpacking stops at the first slice
 * that takes the output past the limit, so a bomb costs the limit plus one slice's output.
 */
function inflate(packed: Uint8Array): Uint8Array | 'damaged' | 'too-large' {
	const chunks: Uint8Array[] = [];
	let total = 0;
	try {
		const inflater = new Inflate({ dictionary: DICTIONARY_V1 }, (chunk) => {
			total += chunk.byteLength;
			if (total <= MAX_DOCUMENT_BYTES) chunks.push(chunk);
		});
		for (let offset = 0; offset < packed.byteLength; offset += FEED_BYTES) {
			const end = offset + FEED_BYTES;
			// The last slice is marked final, so data cut short is an error, not a wait for more.
			inflater.push(packed.subarray(offset, end), end >= packed.byteLength);
			if (total > MAX_DOCUMENT_BYTES) return 'too-large';
		}
	} catch {
		return 'damaged';
	}
	const bytes = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return bytes;
}

/** Decodes base64url already checked against {@link BASE64URL} and its length. */
function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	const bytes = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
	return bytes;
}
