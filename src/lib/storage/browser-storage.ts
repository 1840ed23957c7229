/**
 * What every use of the browser's storage shares, and the autosave's writer: the keys, the
 * outcomes and their sentences, and the guarded reads and writes. No schemas: the comparison
 * page writes the autosave on every edit with this alone, and loads the format's schemas
 * (./saved-scenarios.ts) only to read a scenario back.
 *
 * Keys, all under {@link STORAGE_PREFIX} (a new layout takes a new prefix, `pcc:v2:`, and
 * leaves the old keys readable):
 * - `pcc:v1:autosave`: `{ "savedAt": ISO 8601, "scenario": document }`;
 * - `pcc:v1:saved`: the saved scenarios' ids, oldest first;
 * - `pcc:v1:saved:<id>`: `{ "name", "savedAt", "scenario": document }`.
 */
import type { Scenario } from '../engine/types';
import { scenarioToDocument } from '../schemas/serialize';

/** The part of the Web Storage interface the storage modules use; `localStorage` fits it. */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** Gives the current time; injected so that tests are deterministic. */
export type Clock = () => Date;

/** The prefix of every key this module writes: the app, then the storage layout's version. */
export const STORAGE_PREFIX = 'pcc:v1:';
/** The key of the autosaved scenario. */
export const AUTOSAVE_KEY = `${STORAGE_PREFIX}autosave`;
/** The key of the list of saved scenarios' ids. */
export const SAVED_INDEX_KEY = `${STORAGE_PREFIX}saved`;
/** The most scenarios "My scenarios" holds. */
export const MAX_SAVED_SCENARIOS = 50;
/** The longest name of a saved scenario, in characters. */
export const MAX_NAME_LENGTH = 200;

/** Success with a value, or a sentence saying what went wrong and what to do. */
export type StorageOutcome<T> = { ok: true; value: T } | { ok: false; message: string };

/** The autosaved scenario and when it was saved. */
export interface Autosave {
	scenario: Scenario;
	/** When it was saved: ISO 8601 in UTC, such as "2026-04-01T09:30:00.000Z". */
	savedAt: string;
}

/** Every sentence the storage modules say, in one place (style.md §14). */
export const STORAGE_MESSAGES = {
	full: (): string =>
		'Browser storage is full, so the scenario was not saved. Delete some saved scenarios, ' +
		'or download this one as a file.',
	unavailable: (): string =>
		'Browser storage is not available here (it may be turned off or blocked), so ' +
		'scenarios cannot be saved in this browser. Download the scenario as a file instead.',
	tooMany: (max: number): string =>
		`You already have ${max} saved scenarios, the most this browser keeps. Delete one ` +
		'first, or download scenarios as files.',
	emptyName: (): string => 'A saved scenario needs a name.',
	nameTooLong: (length: number): string =>
		`A name can be at most ${MAX_NAME_LENGTH} characters long (this one has ${length}).`,
	notFound: (id: string): string => `There is no saved scenario "${id}"; it may have been deleted.`,
	damaged: (detail: string): string => `This saved scenario could not be read: ${detail}.`,
	notJson: (): string => 'it is not valid JSON',
	notEntry: (): string => 'it is not in the form this version saves',
	badIndex: (): string =>
		'The list of saved scenarios could not be read, so it was started afresh. Scenarios ' +
		'saved before may no longer be listed.',
	unexpected: (): string =>
		'Something unexpected went wrong with browser storage; the scenario was not changed. ' +
		'Please report it.'
} as const;

/** A thrown storage error that leaves the outcome to say what happened. */
export class StorageFailure extends Error {
	readonly outcomeMessage: string;

	constructor(outcomeMessage: string) {
		super(outcomeMessage);
		this.outcomeMessage = outcomeMessage;
	}
}

/** A failed outcome. */
export function failure(message: string): { ok: false; message: string } {
	return { ok: false, message };
}

/** Runs a step, turning anything thrown into an outcome, so no caller ever sees a throw. */
export function guarded<T>(step: () => T): T | { ok: false; message: string } {
	try {
		return step();
	} catch (error) {
		return failure(
			error instanceof StorageFailure ? error.outcomeMessage : STORAGE_MESSAGES.unexpected()
		);
	}
}

/** Reads a key; a blocked storage throws a {@link StorageFailure}. */
export function readItem(storage: StorageLike, key: string): string | null {
	try {
		return storage.getItem(key);
	} catch {
		throw new StorageFailure(STORAGE_MESSAGES.unavailable());
	}
}

/** Writes a key; a full or blocked storage throws a {@link StorageFailure} that says which. */
export function writeItem(storage: StorageLike, key: string, value: string): void {
	try {
		storage.setItem(key, value);
	} catch (error) {
		throw new StorageFailure(
			isQuotaExceeded(error) ? STORAGE_MESSAGES.full() : STORAGE_MESSAGES.unavailable()
		);
	}
}

/** Removes a key; a blocked storage throws a {@link StorageFailure}. */
export function removeItem(storage: StorageLike, key: string): void {
	try {
		storage.removeItem(key);
	} catch {
		throw new StorageFailure(STORAGE_MESSAGES.unavailable());
	}
}

/** Keeps this scenario as the autosave, replacing the one before. Never throws. */
export function writeAutosave(
	storage: StorageLike,
	clock: Clock,
	scenario: Scenario
): StorageOutcome<Autosave> {
	return guarded(() => {
		const savedAt = clock().toISOString();
		writeItem(
			storage,
			AUTOSAVE_KEY,
			JSON.stringify({ savedAt, scenario: scenarioToDocument(scenario) })
		);
		return { ok: true, value: { scenario, savedAt } };
	});
}

/**
 * Whether the storage holds anything under `key`, read without the schemas: false when it
 * cannot be read at all, as then there is nothing to read back either.
 */
export function holds(storage: StorageLike, key: string): boolean {
	try {
		return storage.getItem(key) !== null;
	} catch {
		return false;
	}
}

/** Browsers name the error differently: QuotaExceededError, or Firefox's old code 1014. */
function isQuotaExceeded(error: unknown): boolean {
	if (typeof error !== 'object' || error === null) return false;
	const { name, code } = error as { name?: unknown; code?: unknown };
	return (
		name === 'QuotaExceededError' ||
		name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
		code === 22 ||
		code === 1014
	);
}
