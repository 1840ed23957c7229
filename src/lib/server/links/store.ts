/**
 * The one storage interface of short links (issue 14), with two implementations: SQLite, an
 * embedded file (./sqlite-store.ts), and PostgreSQL, shared by any number of server instances
 * (./postgres-store.ts). tests/unit/links/store-contract.ts holds both to the same contract.
 *
 * A link is an id and the canonical JSON text of one scenario. Once kept, it never changes:
 * the interface has no way to change or remove one, and each database refuses an UPDATE.
 */

/** One kept link. */
export interface StoredLink {
	/** The link's id: base62, 8 characters, longer only after a clash (./link-id.ts). */
	id: string;
	/** The scenario's canonical document as JSON text, exactly as it was kept. */
	document: string;
	/** When it was first kept. */
	createdAt: Date;
}

/**
 * What {@link LinkStore.put} did: kept the document under the id (`created`), found that very
 * document already there (`exists`), or found another document under the id (`taken`), which
 * it left alone.
 */
export type PutOutcome = 'created' | 'exists' | 'taken';

/** Which database keeps the links. */
export type StoreKind = 'sqlite' | 'postgresql';

export interface LinkStore {
	readonly kind: StoreKind;
	/**
	 * Keeps `document` under `id` unless the id is in use; atomic, so two instances putting
	 * the same id at once agree on the outcome.
	 *
	 * @param createdAt When the link was first kept; now, unless copying from another store.
	 */
	put(id: string, document: string, createdAt?: Date): Promise<PutOutcome>;
	/** The link with this id, or null. */
	get(id: string): Promise<StoredLink | null>;
	/** How many links are kept. Counts every row: call it seldom (./links.ts caches it). */
	count(): Promise<number>;
	/** Up to `limit` links in id order, each with an id after `after`: for copying a store. */
	page(after: string, limit: number): Promise<StoredLink[]>;
	/** Closes the connection(s); the store cannot be used afterwards. */
	close(): Promise<void>;
}
