import type { Scenario } from '$lib/engine/types';
import {
	AUTOSAVE_KEY,
	holds,
	SAVED_INDEX_KEY,
	writeAutosave,
	type Autosave,
	type StorageLike,
	type StorageOutcome
} from '$lib/storage/browser-storage';
import type { ScenarioLibrary } from '$lib/storage/saved-scenarios';

const clock = (): Date => new Date();

/**
 * The browser's storage, as the comparison page uses it. Writing the autosave needs no
 * schemas, so every edit is kept at once; reading a scenario back (the autosave, "My
 * scenarios") needs the format's schemas, so the library that does it is loaded only when
 * there is something to read or the reader saves. A preset's link in a new browser never
 * loads them (README, performance).
 */
export class BrowserStorage {
	readonly #storage: StorageLike;
	#library: Promise<ScenarioLibrary> | undefined;

	private constructor(storage: StorageLike) {
		this.#storage = storage;
	}

	/**
	 * The browser's storage, or none where it is switched off (private windows, strict
	 * settings), in which case the page works without autosave.
	 */
	static open(): BrowserStorage | undefined {
		try {
			const storage = window.localStorage;
			storage.getItem('pcc:probe');
			return new BrowserStorage(storage);
		} catch {
			return undefined;
		}
	}

	/** Keeps this scenario as the autosave; a full storage costs only the autosave. */
	autosave(scenario: Scenario): void {
		writeAutosave(this.#storage, clock, scenario);
	}

	/** Whether "My scenarios" has ever been used in this browser, read without the schemas. */
	holdsSaved(): boolean {
		return holds(this.#storage, SAVED_INDEX_KEY);
	}

	/** The autosaved scenario, `null` when there is none, or why it cannot be read. */
	async lastAutosave(): Promise<StorageOutcome<Autosave> | null> {
		if (!holds(this.#storage, AUTOSAVE_KEY)) return null;
		return (await this.library()).lastAutosave();
	}

	/**
	 * The saved scenarios' library, with the schemas it reads with: loaded once, or tried again
	 * after a failed load (a dropped connection).
	 */
	library(): Promise<ScenarioLibrary> {
		this.#library ??= import('$lib/storage/saved-scenarios').then(
			({ ScenarioLibrary }) => new ScenarioLibrary(this.#storage, clock),
			(error: unknown) => {
				this.#library = undefined;
				throw error;
			}
		);
		return this.#library;
	}
}
