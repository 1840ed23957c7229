/**
 * A per-client limit on making new links: a token bucket for each client address, in memory.
 * A client may make {@link RateLimitOptions.burst} new links at once, then one more every
 * `60 / perMinute` seconds. Asking for a link that is already kept takes no token, so a report
 * or a page asking again for its own link is never refused for it.
 *
 * The buckets live in this process: behind several instances a client gets the allowance of
 * each instance it reaches (README, "Short links"). A shared limit would need the database or
 * a cache on every request, for a limit whose purpose is only to stop one client filling the
 * store.
 */

export interface RateLimitOptions {
	/** How many new links a client may make at once. */
	burst: number;
	/** How many more it may make each minute after that. */
	perMinute: number;
	/** The most clients remembered at once; beyond it the longest-unseen are forgotten. */
	maxClients?: number;
	/** The clock, in milliseconds (tests give their own). */
	now?: () => number;
}

interface Bucket {
	tokens: number;
	/** When `tokens` was worked out, in milliseconds. */
	at: number;
}

/** The default allowance: 60 new links at once, then 10 a minute. */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { burst: 60, perMinute: 10 };

/** The most clients remembered by default (about a megabyte). */
const DEFAULT_MAX_CLIENTS = 10_000;

/** The allowance set by LINK_RATE_BURST and LINK_RATE_PER_MINUTE, or the default. */
export function rateLimitFromEnv(env: Record<string, string | undefined>): RateLimitOptions {
	const read = (name: string, fallback: number): number => {
		const value = Number(env[name]);
		return Number.isFinite(value) && value > 0 ? value : fallback;
	};
	return {
		burst: read('LINK_RATE_BURST', DEFAULT_RATE_LIMIT.burst),
		perMinute: read('LINK_RATE_PER_MINUTE', DEFAULT_RATE_LIMIT.perMinute)
	};
}

export class TokenBuckets {
	readonly #burst: number;
	/** Tokens per millisecond. */
	readonly #rate: number;
	readonly #maxClients: number;
	readonly #now: () => number;
	readonly #buckets = new Map<string, Bucket>();

	constructor(options: RateLimitOptions) {
		this.#burst = options.burst;
		this.#rate = options.perMinute / 60_000;
		this.#maxClients = options.maxClients ?? DEFAULT_MAX_CLIENTS;
		this.#now = options.now ?? Date.now;
	}

	/** How many clients are remembered: at most `maxClients`. */
	get size(): number {
		return this.#buckets.size;
	}

	#tokens(bucket: Bucket | undefined, now: number): number {
		if (bucket === undefined) return this.#burst;
		return Math.min(this.#burst, bucket.tokens + (now - bucket.at) * this.#rate);
	}

	/** Whole seconds `client` must wait before making a new link; 0 when it may now. */
	wait(client: string): number {
		const tokens = this.#tokens(this.#buckets.get(client), this.#now());
		return tokens >= 1 ? 0 : Math.ceil((1 - tokens) / this.#rate / 1000);
	}

	/** Takes a token from `client`, who has just made a new link. */
	take(client: string): void {
		const now = this.#now();
		const tokens = this.#tokens(this.#buckets.get(client), now) - 1;
		// Re-inserted, so the map's order is from least to most recently seen.
		this.#buckets.delete(client);
		this.#makeRoom(now);
		this.#buckets.set(client, { tokens, at: now });
	}

	/** Forgets full buckets (the same as none), then, if still full, the least recently seen. */
	#makeRoom(now: number): void {
		if (this.#buckets.size < this.#maxClients) return;
		for (const [client, bucket] of this.#buckets) {
			if (this.#tokens(bucket, now) >= this.#burst) this.#buckets.delete(client);
		}
		for (const client of this.#buckets.keys()) {
			if (this.#buckets.size < this.#maxClients) break;
			this.#buckets.delete(client);
		}
	}
}
