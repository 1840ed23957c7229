/**
 * The schema of each store, as numbered migrations applied in order on start. A migration,
 * once released, never changes: a new schema is a new migration at the end of its list. Each
 * store records the versions applied in `link_store_migrations` (not `schema_migrations`, a
 * name other tools use, since a PostgreSQL database may be shared with them).
 */

/** One step of a store's schema. */
export interface Migration {
	version: number;
	/** What it does, as recorded beside its version. */
	name: string;
	/** SQL statements, run in one transaction. */
	statements: readonly string[];
}

/** The table that records which migrations a database has had. */
export const MIGRATIONS_TABLE = 'link_store_migrations';

export const SQLITE_MIGRATIONS: readonly Migration[] = [
	{
		version: 1,
		name: 'links, which never change',
		statements: [
			`CREATE TABLE links (
				id TEXT PRIMARY KEY NOT NULL,
				document TEXT NOT NULL,
				created_at TEXT NOT NULL
			) STRICT`,
			`CREATE TRIGGER links_never_change BEFORE UPDATE ON links
			BEGIN SELECT RAISE(ABORT, 'a kept link never changes'); END`
		]
	}
];

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
	{
		version: 1,
		name: 'links, which never change',
		statements: [
			`CREATE TABLE links (
				id TEXT COLLATE "C" PRIMARY KEY,
				document TEXT NOT NULL,
				created_at TIMESTAMPTZ NOT NULL DEFAULT now()
			)`,
			`CREATE FUNCTION links_never_change() RETURNS trigger LANGUAGE plpgsql AS $$
			BEGIN RAISE EXCEPTION 'a kept link never changes'; END $$`,
			`CREATE TRIGGER links_never_change BEFORE UPDATE ON links
			FOR EACH ROW EXECUTE FUNCTION links_never_change()`
		]
	}
];

/** The migrations of `all` not yet in `applied`, in order. */
export function pending(all: readonly Migration[], applied: ReadonlySet<number>): Migration[] {
	return all.filter((migration) => !applied.has(migration.version));
}
