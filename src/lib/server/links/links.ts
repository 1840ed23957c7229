import { join } from 'node:path';
import { candidateIds } from './link-id';
import type { LinkStore, StoreKind } from './store';

/**
 * The site's one link store, opened on first use: PostgreSQL when DATABASE_URL is set,
 * otherwise the SQLite file `links.sqlite` under DATA_DIR (default `./data`). The drivers are
 * loaded only then, so a site that never makes a link never touches either.
 */

/** Where the links are kept. */
export type StoreConfig =
	{ kind: 'sqlite'; file: string } | { kind: 'postgresql'; connectionString: string };

/** The store the environment names. */
export function storeConfig(env: Record<string, string | undefined>): StoreConfig {
	const url = env.DATABASE_URL?.trim();
	if (url) return { kind: 'postgresql', connectionString: url };
	return { kind: 'sqlite', file: join(env.DATA_DIR?.trim() || 'data', 'links.sqlite') };
}

/** Opens the store `config` names, bringing its schema up to date. */
export async function openStore(config: StoreConfig): Promise<LinkStore> {
	if (config.kind === 'postgresql') {
		const { openPostgresStore } = await import('./postgres-store');
		return openPostgresStore({ connectionString: config.connectionString });
	}
	const { openSqliteStore } = await import('./sqlite-store');
	return openSqliteStore(config.file);
}

/** After a failed attempt to open the store, how long to answer "unavailable" before trying again. */
const RETRY_OPEN_MS = 5_000;

/** How long a count of the links is reported before it is counted again, in milliseconds. */
const COUNT_MAX_AGE_MS = 60_000;

/** What /healthz says of the store. */
export interface StoreHealth {
	kind: StoreKind;
	/** How many links are kept, as last counted (at most a minute ago), or null if unknown. */
	links: number | null;
	/** False when the store could not be reached the last time it was tried. */
	available: boolean;
}

/**
 * A store opened on first use and kept open, with its size counted now and then. One per
 * process (the default is {@link siteLinks}); tests make their own.
 */
export class LinkKeeper {
	readonly #config: StoreConfig;
	readonly #open: (config: StoreConfig) => Promise<LinkStore>;
	#store: Promise<LinkStore> | null = null;
	#failedAt = -Infinity;
	#count: number | null = null;
	#countedAt = -Infinity;
	#counting: Promise<void> | null = null;
	#available = true;

	constructor(config: StoreConfig, open: (config: StoreConfig) => Promise<LinkStore> = openStore) {
		this.#config = config;
		this.#open = open;
	}

	get kind(): StoreKind {
		return this.#config.kind;
	}

	/** The open store; rejects while it cannot be opened (retried after a few seconds). */
	store(): Promise<LinkStore> {
		if (this.#store === null) {
			if (performance.now() - this.#failedAt < RETRY_OPEN_MS) {
				return Promise.reject(new Error('The link store could not be opened a moment ago.'));
			}
			const opening = this.#open(this.#config);
			this.#store = opening;
			opening.then(
				() => (this.#available = true),
				() => {
					this.#store = null;
					this.#failedAt = performance.now();
					this.#available = false;
				}
			);
		}
		return this.#store;
	}

	/**
	 * Keeps a scenario's canonical text under the first of its ids not taken by another.
	 *
	 * @returns The id, and whether it was kept just now (false: it was already there).
	 * @throws when the store fails, or (never seen) every candidate id is taken.
	 */
	async keep(text: string): Promise<{ id: string; created: boolean }> {
		const store = await this.store();
		try {
			for (const id of candidateIds(text)) {
				const outcome = await store.put(id, text);
				if (outcome === 'taken') continue;
				if (outcome === 'created' && this.#count !== null) this.#count += 1;
				this.#available = true;
				return { id, created: outcome === 'created' };
			}
		} catch (error) {
			this.#available = false;
			throw error;
		}
		throw new Error('Every id this scenario could have is taken by another.');
	}

	/** The canonical text kept under `id`, or null; rejects when the store fails. */
	async find(id: string): Promise<string | null> {
		const store = await this.store();
		try {
			const link = await store.get(id);
			this.#available = true;
			return link?.document ?? null;
		} catch (error) {
			this.#available = false;
			throw error;
		}
	}

	/**
	 * The store's health, at once: the count is the last one made, and a new count starts in
	 * the background when it is over a minute old. Only the very first call waits for a count.
	 */
	async health(): Promise<StoreHealth> {
		if (performance.now() - this.#countedAt > COUNT_MAX_AGE_MS && this.#counting === null) {
			this.#counting = this.#recount().finally(() => (this.#counting = null));
		}
		if (this.#count === null && this.#counting !== null) await this.#counting;
		return { kind: this.#config.kind, links: this.#count, available: this.#available };
	}

	async #recount(): Promise<void> {
		try {
			this.#count = await (await this.store()).count();
			this.#available = true;
		} catch {
			this.#available = false;
		}
		this.#countedAt = performance.now();
	}

	/** Closes the store, if open. */
	async close(): Promise<void> {
		const store = this.#store;
		this.#store = null;
		if (store) await (await store).close();
	}
}

let site: LinkKeeper | undefined;

/** The site's link store, as the environment names it. */
export function siteLinks(): LinkKeeper {
	site ??= new LinkKeeper(storeConfig(process.env));
	return site;
}
