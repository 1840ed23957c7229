import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../../src/lib/server/links/postgres-store';
import { linkStoreContract } from './store-contract';

/**
 * The link store contract against a real PostgreSQL server, at TEST_DATABASE_URL. .ci/run
 * installs and starts one and sets it; under CI (or whenever TEST_DATABASE_URL is set) a
 * missing or unreachable server fails these tests rather than skipping them. Each store
 * under test gets a schema of its own, dropped afterwards.
 *
 * To run them here: start PostgreSQL (README, "Short links"), then
 * `TEST_DATABASE_URL=postgres://user:password@127.0.0.1:5432/database npx vitest run tests/unit/links`.
 */
const url = process.env.TEST_DATABASE_URL;
const required = Boolean(process.env.CI) || url !== undefined;

describe('the PostgreSQL tests', () => {
	it('have a server to run against wherever they are required (CI sets TEST_DATABASE_URL)', () => {
		expect(required ? url : 'not required here').toBeTruthy();
	});
});

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
	await client.connect();
	try {
		return await work(client);
	} finally {
		await client.end();
	}
}

describe.runIf(url !== undefined)('PostgreSQL', () => {
	linkStoreContract('PostgreSQL', async () => {
		const schema = `links_test_${randomBytes(6).toString('hex')}`;
		await admin((client) => client.query(`CREATE SCHEMA ${schema}`));
		const open = () => openPostgresStore({ connectionString: url!, schema });
		return {
			store: await open(),
			reopen: open,
			dispose: async () => {
				await admin((client) => client.query(`DROP SCHEMA ${schema} CASCADE`));
			}
		};
	});

	it('refuses to change a kept link, even by SQL from outside', async () => {
		const schema = `links_test_${randomBytes(6).toString('hex')}`;
		await admin((client) => client.query(`CREATE SCHEMA ${schema}`));
		try {
			const store = await openPostgresStore({ connectionString: url!, schema });
			await store.put('Fixed001', '{"a":1}');
			await store.close();
			await expect(
				admin((client) =>
					client.query(`UPDATE ${schema}.links SET document = '{}' WHERE id = 'Fixed001'`)
				)
			).rejects.toThrow('a kept link never changes');
		} finally {
			await admin((client) => client.query(`DROP SCHEMA ${schema} CASCADE`));
		}
	});
});
