/**
 * A bounded cache of finished results in front of the worker pool, with in-flight sharing:
 * the same link asked for a hundred times is worked out once. Every task is a pure function of
 * its input (a share link, a request body, a kept scenario), so a result found once is the
 * result for as long as the process runs (one release).
 *
 * - **Least recently used goes first**, when either bound is passed: the number of entries, or
 *   their total weight (about their size in memory, in bytes, as the caller weighs them).
 * - **Nothing too large is kept**: an entry heavier than {@link CacheLimits.maxEntryWeight} is
 *   handed to its askers and forgotten.
 * - **Concurrent askers share one computation**: a second request for a key already being
 *   worked out waits for that work instead of starting its own, and gets the same value or the
 *   same error. Errors are never kept: the next request after a failure tries again.
 * - **The caller decides what may be kept** (`keep`): a page degraded because the server was
 *   busy is shared with those asking at the same moment, but not kept.
 */

export interface CacheLimits {
	/** The most entries kept. */
	maxEntries: number;
	/** The most total weight kept. */
	maxWeight: number;
	/** The heaviest single entry kept. */
	maxEntryWeight: number;
}

interface Entry<T> {
	value: T;
	weight: number;
}

/** What a computation gives the cache: the value, its weight, and whether it may be kept. */
export interface Computed<T> {
	value: T;
	weight: number;
	keep: boolean;
}

export class ResultCache<T> {
	readonly limits: CacheLimits;
	/** In order of use, least recent first (a Map keeps insertion order). */
	readonly #entries = new Map<string, Entry<T>>();
	readonly #inFlight = new Map<string, Promise<Computed<T>>>();
	#weight = 0;
	#hits = 0;
	#shared = 0;
	#misses = 0;

	constructor(limits: CacheLimits) {
		this.limits = limits;
	}

	/**
	 * The value for `key`: kept, being worked out by another asker, or worked out now by
	 * `compute` (whose result is kept within the limits when it says it may be).
	 */
	async get(key: string, compute: () => Promise<Computed<T>>): Promise<T> {
		const entry = this.#entries.get(key);
		if (entry) {
			this.#hits += 1;
			this.#entries.delete(key);
			this.#entries.set(key, entry);
			return entry.value;
		}
		const running = this.#inFlight.get(key);
		if (running) {
			this.#shared += 1;
			return (await running).value;
		}
		this.#misses += 1;
		const work = compute();
		this.#inFlight.set(key, work);
		try {
			const computed = await work;
			if (computed.keep) this.#keep(key, computed);
			return computed.value;
		} finally {
			this.#inFlight.delete(key);
		}
	}

	#keep(key: string, { value, weight }: Computed<T>): void {
		if (weight > this.limits.maxEntryWeight) return;
		this.#entries.set(key, { value, weight });
		this.#weight += weight;
		for (const [oldest, entry] of this.#entries) {
			if (this.#entries.size <= this.limits.maxEntries && this.#weight <= this.limits.maxWeight) {
				break;
			}
			this.#entries.delete(oldest);
			this.#weight -= entry.weight;
		}
	}

	/** How the cache is doing: entries and weight kept, and how requests were answered. */
	stats(): { entries: number; weight: number; hits: number; shared: number; misses: number } {
		return {
			entries: this.#entries.size,
			weight: this.#weight,
			hits: this.#hits,
			shared: this.#shared,
			misses: this.#misses
		};
	}
}
