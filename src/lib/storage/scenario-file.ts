/**
 * A scenario as a file a person downloads, keeps, emails and opens again: the exchange
 * format's JSON (format.md), the same document the share link and the API carry.
 *
 * Pure: the page reads the file's text and hands it here; nothing here touches the DOM.
 */
import type { Scenario } from '../engine/types';
import { shorten } from '../schemas/messages';
import { parseScenario, type ParseResult } from '../schemas/scenario';
import { scenarioToDocument } from '../schemas/serialize';
import { parseJsonText } from '../schemas/json-text';

/** The largest scenario file read, in bytes of UTF-8 (5 MB), checked before parsing. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The longest file name made from a title, before ".json". */
const MAX_SLUG_LENGTH = 80;

/** A file read into a scenario, or the problems that stop it, each with where it lies. */
export type ParseOutcome = ParseResult;

/** What is said about a file that cannot be read at all; the file's name is the path. */
export const FILE_MESSAGES = {
	tooLarge: (bytes: number): string =>
		`is ${megabytes(bytes)} MB, larger than the ${megabytes(MAX_FILE_BYTES)} MB a scenario ` +
		"file can be; choose the scenario's .json file",
	notJson: (detail: string): string => `not valid JSON (${detail})`
} as const;

/**
 * Reads the text of a scenario file: its size first, then its JSON, then the scenario.
 *
 * A byte-order mark at the start, which some editors write, is ignored. Never throws.
 *
 * @param text The file's contents as text.
 * @param fileName The file's name, which heads a problem with the file as a whole, as in
 *   `foster.json: not valid JSON (…)`.
 * @returns The scenario, or problems: one for the file as a whole, or those of
 *   `parseScenario` with their JSON paths.
 */
export function readScenarioFile(text: string, fileName: string): ParseOutcome {
	const name = shorten(fileName);
	// UTF-8 never takes fewer bytes than UTF-16 code units, so a long text fails at once.
	const bytes = text.length > MAX_FILE_BYTES ? text.length : utf8Length(text);
	if (bytes > MAX_FILE_BYTES) {
		return { ok: false, problems: [{ path: name, message: FILE_MESSAGES.tooLarge(bytes) }] };
	}
	let document: unknown;
	try {
		document = parseJsonText(text.startsWith('\uFEFF') ? text.slice(1) : text);
	} catch (error) {
		const detail = error instanceof Error ? shortDetail(error.message) : 'unreadable';
		return { ok: false, problems: [{ path: name, message: FILE_MESSAGES.notJson(detail) }] };
	}
	return parseScenario(document);
}

/**
 * The text of a scenario's file: its canonical document (every number a decimal string,
 * every top-level default written), indented by two spaces, with a closing newline.
 */
export function scenarioFileText(scenario: Scenario): string {
	return `${JSON.stringify(scenarioToDocument(scenario), null, 2)}\n`;
}

/**
 * A file name for a scenario: its title in lower-case letters, digits and hyphens, at most
 * 80 characters, then ".json"; "scenario.json" when the title has no letters or digits.
 *
 * @example scenarioFileName(foster) // "foster-placements-in-house-carers-or-an-independent-agency.json"
 */
export function scenarioFileName(scenario: Scenario): string {
	const slug = scenario.title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	const cut = slug.length > MAX_SLUG_LENGTH ? cutAtWord(slug) : slug;
	return `${cut === '' ? 'scenario' : cut}.json`;
}

function cutAtWord(slug: string): string {
	const head = slug.slice(0, MAX_SLUG_LENGTH + 1);
	const lastHyphen = head.lastIndexOf('-');
	return (lastHyphen > 0 ? head.slice(0, lastHyphen) : head.slice(0, MAX_SLUG_LENGTH)).replace(
		/-+$/,
		''
	);
}

/** Bytes of UTF-8 the text takes, counted without encoding it. */
function utf8Length(text: string): number {
	let bytes = 0;
	for (let index = 0; index < text.length; index += 1) {
		const unit = text.charCodeAt(index);
		if (unit < 0x80) bytes += 1;
		else if (unit < 0x800) bytes += 2;
		else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1))) {
			bytes += 4;
			index += 1;
		} else bytes += 3;
	}
	return bytes;
}

function isLowSurrogate(unit: number): boolean {
	return unit >= 0xdc00 && unit <= 0xdfff;
}

function megabytes(bytes: number): string {
	return (bytes / (1024 * 1024)).toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

function shortDetail(message: string): string {
	return message.length > 120 ? `${message.slice(0, 120)}…` : message;
}
