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
 * The keys, outcomes and the autosave's writer are in ./browser-storage.ts, which needs no
 * schemas, so a page can autosave without loading them.
 *
 * One key per scenario means one damaged entry never costs the others. Scenarios are stored
 * as exchange-format documents (`scenarioToDocument`) and checked with `parseScenario` on
 * the way out, like any other input.
 */
import { z } from 'zod';
import type { Scenario } from '../engine/types';
import { formatProblem } from '../schemas/problems';
import { parseScenario } from '../schemas/scenario';
import { scenarioToDocument } from '../schemas/serialize';
import {
	AUTOSAVE_KEY,
	failure,
	guarded,
	MAX_NAME_LENGTH,
	MAX_SAVED_SCENARIOS,
	readItem,
	removeItem,
	SAVED_INDEX_KEY,
	STORAGE_MESSAGES,
	writeAutosave,
	writeItem,
	type Autosave,
	type Clock,
	type StorageLike,
	type StorageOutcome
} from './browser-storage';

/** The key of one saved scenario. */
export function savedScenarioKey(id: string): string {
	return `${SAVED_INDEX_KEY}:${id}`;
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

const isoTime = z.iso.datetime();
const entryShape = z.strictObject({
	name: z.string().min(1).max(MAX_NAME_LENGTH),
	savedAt: isoTime,
	scenario: z.unknown()
});
const autosaveShape = z.strictObject({ savedAt: isoTime, scenario: z.unknown() });
const indexShape = z.array(z.string().regex(/^[a-z0-9-]{1,40}$/)).max(MAX_SAVED_SCENARIOS * 4);

type Stored = { name: string; savedAt: string; scenario: unknown };

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
		return writeAutosave(this.#storage, this.#clock, scenario);
	}

	/** The autosaved scenario, `null` when there is none, or why it cannot be read. */
	lastAutosave(): StorageOutcome<Autosave> | null {
		return guarded(() => {
			const text = readItem(this.#storage, AUTOSAVE_KEY);
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
		return guarded(() => {
			removeItem(this.#storage, AUTOSAVE_KEY);
			return { ok: true, value: null };
		});
	}

	/**
	 * "My scenarios", newest first (of two saved at the same moment, the later-saved first).
	 * Entries that cannot be read are left out of the list and reported, with their ids.
	 */
	list(): SavedScenarioList {
		const outcome = guarded((): StorageOutcome<SavedScenarioList> => {
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
		return guarded(() => {
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
		return guarded(() => this.#entry(id));
	}

	/** Gives a saved scenario a new name; its saved date stays as it was. */
	rename(id: string, name: string): StorageOutcome<SavedScenarioSummary> {
		return guarded(() => {
			const checked = checkName(name);
			if (!checked.ok) return checked;
			const entry = this.#entry(id);
			if (!entry.ok) return entry;
			const renamed = { ...entry.value, name: checked.value };
			writeItem(this.#storage, savedScenarioKey(id), JSON.stringify(stored(renamed)));
			return { ok: true, value: summary(renamed) };
		});
	}

	/** Saves a copy of a saved scenario as a new entry, named "… (copy)" and dated now. */
	duplicate(id: string): StorageOutcome<SavedScenarioSummary> {
		return guarded(() => {
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
		return guarded(() => {
			const index = this.#index();
			if (index !== 'unreadable' && index.includes(id)) {
				writeItem(
					this.#storage,
					SAVED_INDEX_KEY,
					JSON.stringify(index.filter((other) => other !== id))
				);
			}
			removeItem(this.#storage, savedScenarioKey(id));
			return { ok: true, value: null };
		});
	}

	#add(entry: Stored, title: string): StorageOutcome<SavedScenarioSummary> {
		const read = this.#index();
		const index = read === 'unreadable' ? [] : read;
		if (index.length >= this.#limit) return failure(STORAGE_MESSAGES.tooMany(this.#limit));
		const id = freshId(Date.parse(entry.savedAt), index);
		writeItem(this.#storage, savedScenarioKey(id), JSON.stringify(entry));
		try {
			writeItem(this.#storage, SAVED_INDEX_KEY, JSON.stringify([...index, id]));
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
		const text = readItem(this.#storage, savedScenarioKey(id));
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
		const text = readItem(this.#storage, SAVED_INDEX_KEY);
		if (text === null) return [];
		const index = readJson(text, indexShape);
		return typeof index === 'string' ? 'unreadable' : [...new Set(index)];
	}

	#now(): string {
		return this.#clock().toISOString();
	}
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
