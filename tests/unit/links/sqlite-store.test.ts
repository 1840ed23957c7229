import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../src/lib/server/links/sqlite-store';
import { linkStoreContract } from './store-contract';

function fresh(): { folder: string; file: string } {
	const folder = mkdtempSync(join(tmpdir(), 'links-sqlite-'));
	return { folder, file: join(folder, 'nested', 'links.sqlite') };
}

linkStoreContract('SQLite', async () => {
	const { folder, file } = fresh();
	return {
		store: openSqliteStore(file),
		reopen: async () => openSqliteStore(file),
		dispose: async () => rmSync(folder, { recursive: true, force: true })
	};
});

describe('openSqliteStore', () => {
	const folders: string[] = [];
	afterEach(() => {
		for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
	});

	it('creates the file and its folders on first use, with the migration recorded once', async () => {
		const { folder, file } = fresh();
		folders.push(folder);
		await openSqliteStore(file).close();
		await openSqliteStore(file).close();
		const db = new Database(file, { readonly: true });
		const versions = db.prepare('SELECT version, name FROM link_store_migrations').all();
		db.close();
		expect(versions).toEqual([{ version: 1, name: 'links, which never change' }]);
	});

	it('refuses to change a kept link, even by SQL from outside', async () => {
		const { folder, file } = fresh();
		folders.push(folder);
		const store = openSqliteStore(file);
		await store.put('Fixed001', '{"a":1}');
		await store.close();
		const db = new Database(file);
		expect(() =>
			db.prepare("UPDATE links SET document = '{}' WHERE id = 'Fixed001'").run()
		).toThrow('a kept link never changes');
		db.close();
	});
});
