/**
 * Scenarios kept in the browser: an autosave of the last good scenario, and "My scenarios",
 * a short list the reader saves, names and opens again (style.md §15: a safety net and a
 * library, never a second live copy; the page always shows what its link says).
 *
 * Pure logic over an injected {@link StorageLike} (`localStorage` in the browser, a Map in
 * tests) and an injected clock, so it runs and tests the same everywhere. Every method
 * returns an outcome and never throws: a full or blocked storage, or an entry damaged by
 * hand or by another version, becomes a message.
 *
 * Keys, all under {@link STORAGE_PREFIX} (a new layout takes a new prefix, `pcc:v2:`, and
 * leaves the old keys readable):
 * - `pcc:v1:autosave`: `{ "savedAt": ISO 8601, "scenario": document }`;
 * - `pcc:v1:saved`: the saved scenarios' ids, oldest first;
 * - `pcc:v1:saved:<id>`: `{ "name", "savedAt", "scenario": document }`.
 * One key per scenario means one damaged entry never costs the others. Scenarios are stored
 * as exchange-format documents (`scenarioToDocument`) and checked with `parseScenario` on
 * the way out, like any other input.
 */
import { z } from 'zod';
import type { Scenario } from '../engine/types';
import { formatProblem } from '../schemas/problems';
import { parseScenario } from '../schemas/scenario';
import { scenarioToDocument } from '../schemas/serialize';

/** The part of the Web Storage interface this module uses; `localStorage` fits it. */
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

/** The key of one saved scenario. */
export function savedScenarioKey(id: string): string {
	return `${SAVED_INDEX_KEY}:${id}`;
}

/** Success with a value, or a sentence saying what went wrong and what to do. */
export type StorageOutcome<T> = { ok: true; value: T } | { ok: false; message: string };

/** The autosaved scenario and when it was saved. */
export interface Autosave {
	scenario: Scenario;
	/** When it was saved: ISO 8601 in UTC, such as "2026-04-01T09:30:00.000Z". */
	savedAt: string;
}

/** One entry of "My scenarios", as the list shows it. */
export interface SavedScenarioSummary {
	/** Stable while the entry exists; made from the time it was saved. */
	id: string;
	name: string;
	/** The scenario's own title, which the name may differ from. */
	title: string;
	/** When it was saved: ISO 8601 in UTC. */
	savedAt: string;
}

/** One saved scenario, opened. */
export interface SavedScenario extends SavedScenarioSummary {
	scenario: Scenario;
}

/** A saved entry that could not be read, so the list leaves it out; it can still be deleted. */
export interface SavedScenarioProblem {
	id: string;
	message: string;
}

/** "My scenarios", newest first, and any entries that could not be read. */
export interface SavedScenarioList {
	scenarios: SavedScenarioSummary[];
	problems: SavedScenarioProblem[];
}

/** Every sentence this module says, in one place (style.md §14). */
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

const isoTime = z.iso.datetime();
const entryShape = z.strictObject({
	name: z.string().min(1).max(MAX_NAME_LENGTH),
	savedAt: isoTime,
	scenario: z.unknown()
});
const autosaveShape = z.strictObject({ savedAt: isoTime, scenario: z.unknown() });
const indexShape = z.array(z.string().regex(/^[a-z0-9-]{1,40}$/)).max(MAX_SAVED_SCENARIOS * 4);

type Stored = { name: string; savedAt: string; scenario: unknown };

/** A thrown storage error that leaves the outcome to say what happened. */
class StorageFailure extends Error {
	readonly outcomeMessage: string;

	constructor(outcomeMessage: string) {
		super(outcomeMessage);
		this.outcomeMessage = outcomeMessage;
	}
}

/**
 * The autosave and "My scenarios" over one storage.
 *
 * @example
 * const library = new ScenarioLibrary(localStorage, () => new Date());
 * library.save(scenario, 'Foster, high agency fees');
 */
export class ScenarioLibrary {
	readonly #storage: StorageLike;
	readonly #clock: Clock;
	readonly #limit: number;

	/**
	 * @param storage Where scenarios are kept, such as `localStorage`.
	 * @param clock Gives the time each save is stamped with.
	 * @param limit The most saved scenarios; {@link MAX_SAVED_SCENARIOS} unless a test says.
	 */
	constructor(storage: StorageLike, clock: Clock, limit: number = MAX_SAVED_SCENARIOS) {
		this.#storage = storage;
		this.#clock = clock;
		this.#limit = limit;
	}

	/** Keeps this scenario as the autosave, replacing the one before. */
	autosave(scenario: Scenario): StorageOutcome<Autosave> {
		return this.#guard(() => {
			const savedAt = this.#now();
			this.#write(
				AUTOSAVE_KEY,
				JSON.stringify({ savedAt, scenario: scenarioToDocument(scenario) })
			);
			return { ok: true, value: { scenario, savedAt } };
		});
	}

	/** The autosaved scenario, `null` when there is none, or why it cannot be read. */
	lastAutosave(): StorageOutcome<Autosave> | null {
		return this.#guard(() => {
			const text = this.#read(AUTOSAVE_KEY);
			if (text === null) return null;
			const stored = readJson(text, autosaveShape);
			if (typeof stored === 'string') return failure(STORAGE_MESSAGES.damaged(stored));
			const parsed = parseStored(stored.scenario);
			if (typeof parsed === 'string') return failure(STORAGE_MESSAGES.damaged(parsed));
			return { ok: true, value: { scenario: parsed, savedAt: stored.savedAt } };
		});
	}

	/** Forgets the autosave. */
	clearAutosave(): StorageOutcome<null> {
		return this.#guard(() => {
			this.#remove(AUTOSAVE_KEY);
			return { ok: true, value: null };
		});
	}

	/**
	 * "My scenarios", newest first (of two saved at the same moment, the later-saved first).
	 * Entries that cannot be read are left out of the list and reported, with their ids.
	 */
	list(): SavedScenarioList {
		const outcome = this.#guard((): StorageOutcome<SavedScenarioList> => {
			const index = this.#index();
			const scenarios: SavedScenarioSummary[] = [];
			const problems: SavedScenarioProblem[] = [];
			if (index === 'unreadable') {
				problems.push({ id: SAVED_INDEX_KEY, message: STORAGE_MESSAGES.badIndex() });
			} else {
				for (const id of index) {
					const entry = this.#entry(id);
					if (entry.ok) scenarios.push(summary(entry.value));
					else problems.push({ id, message: entry.message });
				}
			}
			const position = new Map(scenarios.map((entry, order) => [entry.id, order]));
			scenarios.sort(
				(a, b) =>
					b.savedAt.localeCompare(a.savedAt) ||
					(position.get(b.id) ?? 0) - (position.get(a.id) ?? 0)
			);
			return { ok: true, value: { scenarios, problems } };
		});
		return outcome.ok
			? outcome.value
			: { scenarios: [], problems: [{ id: SAVED_INDEX_KEY, message: outcome.message }] };
	}

	/**
	 * Saves a scenario as a new entry of "My scenarios".
	 *
	 * @param name What to call it; the scenario's title when left out or blank.
	 * @returns The new entry, or why it was not saved (too many, storage full, a bad name).
	 */
	save(scenario: Scenario, name?: string): StorageOutcome<SavedScenarioSummary> {
		return this.#guard(() => {
			const checked = checkName(
				name === undefined || name.trim() === '' ? titleOrUntitled(scenario) : name
			);
			if (!checked.ok) return checked;
			return this.#add(
				{ name: checked.value, savedAt: this.#now(), scenario: scenarioToDocument(scenario) },
				scenario.title
			);
		});
	}

	/** Opens a saved scenario, checked as any input is. */
	load(id: string): StorageOutcome<SavedScenario> {
		return this.#guard(() => this.#entry(id));
	}

	/** Gives a saved scenario a new name; its saved date stays as it was. */
	rename(id: string, name: string): StorageOutcome<SavedScenarioSummary> {
		return this.#guard(() => {
			const checked = checkName(name);
			if (!checked.ok) return checked;
			const entry = this.#entry(id);
			if (!entry.ok) return entry;
			const renamed = { ...entry.value, name: checked.value };
			this.#write(savedScenarioKey(id), JSON.stringify(stored(renamed)));
			return { ok: true, value: summary(renamed) };
		});
	}

	/** Saves a copy of a saved scenario as a new entry, named "… (copy)" and dated now. */
	duplicate(id: string): StorageOutcome<SavedScenarioSummary> {
		return this.#guard(() => {
			const entry = this.#entry(id);
			if (!entry.ok) return entry;
			const name = `${entry.value.name} (copy)`;
			return this.#add(
				{
					name: name.length > MAX_NAME_LENGTH ? entry.value.name : name,
					savedAt: this.#now(),
					scenario: scenarioToDocument(entry.value.scenario)
				},
				entry.value.title
			);
		});
	}

	/** Deletes a saved scenario, readable or not. Deleting one that is not there is no error. */
	remove(id: string): StorageOutcome<null> {
		return this.#guard(() => {
			const index = this.#index();
			if (index !== 'unreadable' && index.includes(id)) {
				this.#write(SAVED_INDEX_KEY, JSON.stringify(index.filter((other) => other !== id)));
			}
			this.#remove(savedScenarioKey(id));
			return { ok: true, value: null };
		});
	}

	#add(entry: Stored, title: string): StorageOutcome<SavedScenarioSummary> {
		const read = this.#index();
		const index = read === 'unreadable' ? [] : read;
		if (index.length >= this.#limit) return failure(STORAGE_MESSAGES.tooMany(this.#limit));
		const id = freshId(Date.parse(entry.savedAt), index);
		this.#write(savedScenarioKey(id), JSON.stringify(entry));
		try {
			this.#write(SAVED_INDEX_KEY, JSON.stringify([...index, id]));
		} catch (error) {
			// Leave no entry that the list does not name; the index's failure is the one to report.
			try {
				this.#storage.removeItem(savedScenarioKey(id));
			} catch {
				// Nothing more can be done; the entry is orphaned but harmless.
			}
			throw error;
		}
		return { ok: true, value: { id, name: entry.name, title, savedAt: entry.savedAt } };
	}

	#entry(id: string): StorageOutcome<SavedScenario> {
		const text = this.#read(savedScenarioKey(id));
		if (text === null) return failure(STORAGE_MESSAGES.notFound(id));
		const entry = readJson(text, entryShape);
		if (typeof entry === 'string') return failure(STORAGE_MESSAGES.damaged(entry));
		const scenario = parseStored(entry.scenario);
		if (typeof scenario === 'string') return failure(STORAGE_MESSAGES.damaged(scenario));
		return {
			ok: true,
			value: { id, name: entry.name, title: scenario.title, savedAt: entry.savedAt, scenario }
		};
	}

	#index(): string[] | 'unreadable' {
		const text = this.#read(SAVED_INDEX_KEY);
		if (text === null) return [];
		const index = readJson(text, indexShape);
		return typeof index === 'string' ? 'unreadable' : [...new Set(index)];
	}

	#now(): string {
		return this.#clock().toISOString();
	}

	#read(key: string): string | null {
		try {
			return this.#storage.getItem(key);
		} catch {
			throw new StorageFailure(STORAGE_MESSAGES.unavailable());
		}
	}

	#write(key: string, value: string): void {
		try {
			this.#storage.setItem(key, value);
		} catch (error) {
			throw new StorageFailure(
				isQuotaExceeded(error) ? STORAGE_MESSAGES.full() : STORAGE_MESSAGES.unavailable()
			);
		}
	}

	#remove(key: string): void {
		try {
			this.#storage.removeItem(key);
		} catch {
			throw new StorageFailure(STORAGE_MESSAGES.unavailable());
		}
	}

	/** Runs a step, turning anything thrown into an outcome, so no method ever throws. */
	#guard<T>(step: () => T): T | { ok: false; message: string } {
		try {
			return step();
		} catch (error) {
			return failure(
				error instanceof StorageFailure ? error.outcomeMessage : STORAGE_MESSAGES.unexpected()
			);
		}
	}
}

function failure(message: string): { ok: false; message: string } {
	return { ok: false, message };
}

function summary(entry: SavedScenario): SavedScenarioSummary {
	return { id: entry.id, name: entry.name, title: entry.title, savedAt: entry.savedAt };
}

function stored(entry: SavedScenario): Stored {
	return { name: entry.name, savedAt: entry.savedAt, scenario: scenarioToDocument(entry.scenario) };
}

/** A blank title is allowed by the format; a saved scenario still needs a name to be found by. */
function titleOrUntitled(scenario: Scenario): string {
	return scenario.title.trim() === '' ? 'Untitled comparison' : scenario.title;
}

function checkName(name: string): StorageOutcome<string> {
	const trimmed = name.trim();
	if (trimmed === '') return failure(STORAGE_MESSAGES.emptyName());
	if (trimmed.length > MAX_NAME_LENGTH)
		return failure(STORAGE_MESSAGES.nameTooLong(trimmed.length));
	return { ok: true, value: trimmed };
}

/** Parses stored JSON against a shape; a string says why it does not fit. */
function readJson<T extends z.ZodType>(text: string, shape: T): z.infer<T> | string {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return STORAGE_MESSAGES.notJson();
	}
	const result = shape.safeParse(value);
	return result.success ? result.data : STORAGE_MESSAGES.notEntry();
}

/** A stored scenario document checked as any input is; a string gives its first problem. */
function parseStored(document: unknown): Scenario | string {
	const parsed = parseScenario(document);
	if (parsed.ok) return parsed.scenario;
	const [first] = parsed.problems;
	const more = parsed.problems.length - 1;
	const extra = more > 0 ? ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : '';
	return first === undefined ? STORAGE_MESSAGES.notEntry() : `${formatProblem(first)}${extra}`;
}

/** An id made from the save's time, in base 36, with a suffix if that one is taken. */
function freshId(time: number, taken: readonly string[]): string {
	const base = Number.isFinite(time) ? Math.max(0, Math.trunc(time)).toString(36) : 'saved';
	let id = base;
	for (let suffix = 2; taken.includes(id); suffix += 1) id = `${base}-${suffix}`;
	return id;
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
