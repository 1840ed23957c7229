import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS_TABLE, pending, SQLITE_MIGRATIONS } from './migrations';
import type { LinkStore, PutOutcome, StoredLink } from './store';

/**
 * Links in an SQLite file: the default, with nothing to set up. better-sqlite3 is synchronous,
 * but every query here is one primary-key lookup or insert (microseconds), except
 * {@link LinkStore.count}, which ./links.ts calls seldom. WAL mode lets other processes (a
 * backup, a second server on the same machine) read while this one writes.
 */

interface Row {
	id: string;
	document: string;
	created_at: string;
}

function toLink(row: Row): StoredLink {
	return { id: row.id, document: row.document, createdAt: new Date(row.created_at) };
}

/** Applies the migrations this file has not had, in one locked transaction. */
function migrate(db: Database.Database): void {
	db.exec(`CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
		version INTEGER PRIMARY KEY NOT NULL,
		name TEXT NOT NULL,
		applied_at TEXT NOT NULL
	) STRICT`);
	const upgrade = db.transaction(() => {
		const applied = new Set(
			db
				.prepare(`SELECT version FROM ${MIGRATIONS_TABLE}`)
				.pluck()
				.all()
				.map((version) => Number(version))
		);
		const record = db.prepare(
			`INSERT INTO ${MIGRATIONS_TABLE} (version, name, applied_at) VALUES (?, ?, ?)`
		);
		for (const migration of pending(SQLITE_MIGRATIONS, applied)) {
			for (const statement of migration.statements) db.exec(statement);
			record.run(migration.version, migration.name, new Date().toISOString());
		}
	});
	// IMMEDIATE: two processes opening a new file at once take turns.
	upgrade.immediate();
}

/**
 * Opens (creating it, and its folder, if need be) the SQLite file at `file`, and brings its
 * schema up to date.
 */
export function openSqliteStore(file: string): LinkStore {
	if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
	const db = new Database(file);
	db.pragma('journal_mode = WAL');
	db.pragma('busy_timeout = 5000');
	migrate(db);

	const insert = db.prepare(
		'INSERT INTO links (id, document, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING'
	);
	const select = db.prepare<[string], Row>(
		'SELECT id, document, created_at FROM links WHERE id = ?'
	);
	const count = db.prepare('SELECT count(*) FROM links').pluck();
	const page = db.prepare<[string, number], Row>(
		'SELECT id, document, created_at FROM links WHERE id > ? ORDER BY id LIMIT ?'
	);

	return {
		kind: 'sqlite',
		async put(id, document, createdAt = new Date()): Promise<PutOutcome> {
			if (insert.run(id, document, createdAt.toISOString()).changes === 1) return 'created';
			return select.get(id)?.document === document ? 'exists' : 'taken';
		},
		async get(id) {
			const row = select.get(id);
			return row === undefined ? null : toLink(row);
		},
		async count() {
			return Number(count.get());
		},
		async page(after, limit) {
			return page.all(after, limit).map(toLink);
		},
		async close() {
			db.close();
		}
	};
}
