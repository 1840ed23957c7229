import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	migrateSearchParams,
	URL_MIGRATIONS,
	type UrlMigration
} from '../../../src/lib/codec/url-migrations';
import { LINKS_FOLDER } from './helpers';

const FOSTER_LINK = new URL(readFileSync(`${LINKS_FOLDER}v1-foster.txt`, 'utf8').trim());

/** Made-up steps to show the mechanism; no real link ever had these parameters. */
const RENAME_OLD_TO_S: UrlMigration = {
	id: 'test-rename-old-to-s',
	reason: 'A test: an imagined earlier link kept its scenario in "old".',
	migrate: (params) => {
		const old = params.get('old');
		if (old === null) return params;
		params.delete('old');
		params.set('s', old);
		return params;
	}
};
const PREFIX_VERSION: UrlMigration = {
	id: 'test-prefix-version',
	reason: 'A test: an imagined earlier link had no version prefix.',
	migrate: (params) => {
		const value = params.get('s');
		if (value === null || value.includes('.')) return params;
		params.set('s', `1.${value}`);
		return params;
	}
};

describe('migrateSearchParams', () => {
	it('leaves today’s foster link exactly as it is', () => {
		expect(migrateSearchParams(FOSTER_LINK.searchParams).toString()).toBe(
			FOSTER_LINK.searchParams.toString()
		);
	});

	it('does not change the parameters it is given', () => {
		const params = new URLSearchParams('old=abc');
		migrateSearchParams(params, [RENAME_OLD_TO_S]);
		expect(params.toString()).toBe('old=abc');
	});

	it('runs the migrations in order, oldest first', () => {
		const params = new URLSearchParams('old=abc&other=1');
		expect(migrateSearchParams(params, [RENAME_OLD_TO_S, PREFIX_VERSION]).toString()).toBe(
			'other=1&s=1.abc'
		);
	});

	it('leaves a link a migration does not apply to alone', () => {
		expect(
			migrateSearchParams(FOSTER_LINK.searchParams, [RENAME_OLD_TO_S, PREFIX_VERSION]).toString()
		).toBe(FOSTER_LINK.searchParams.toString());
	});
});

describe('URL_MIGRATIONS', () => {
	it('is empty: link version 1 is the first shape ever published', () => {
		expect(URL_MIGRATIONS).toHaveLength(0);
	});

	it('gives each migration its own id and a reason', () => {
		const ids = URL_MIGRATIONS.map((migration) => migration.id);
		expect(
			new Set(ids).size === ids.length && URL_MIGRATIONS.every((m) => m.reason.trim() !== '')
		).toBe(true);
	});
});
