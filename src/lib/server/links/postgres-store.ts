import pg from 'pg';
import { logError } from '../http/log';
import { MIGRATIONS_TABLE, pending, POSTGRES_MIGRATIONS } from './migrations';
import type { LinkStore, PutOutcome, StoredLink } from './store';

/**
 * Links in PostgreSQL, for a site run as several instances behind a load balancer: all of them
 * share one store. The schema is brought up to date on start, under an advisory lock, so
 * instances starting together take turns and each migration runs once.
 */

/** How to reach the database. */
export interface PostgresOptions {
	/** A libpq URL: `postgres://user:password@host:5432/database`. */
	connectionString: string;
	/** A schema to keep the tables in instead of the role's default (the tests use their own). */
	schema?: string;
}

/** The advisory lock taken while migrating: any fixed number, the same for every instance. */
const MIGRATION_LOCK = 1_400_142_014;

/** Connections per instance: each query is one short statement, so a few are plenty. */
const POOL_SIZE = 5;

/** How long to wait for a connection, and for any one statement, in milliseconds. */
const CONNECT_TIMEOUT_MS = 3_000;
const STATEMENT_TIMEOUT_MS = 5_000;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

interface Row {
	id: string;
	document: string;
	created_at: Date;
}

function toLink(row: Row): StoredLink {
	return { id: row.id, document: row.document, createdAt: new Date(row.created_at) };
}

async function migrate(pool: pg.Pool): Promise<void> {
	const client = await pool.connect();
	try {
		await client.query('BEGIN');
		await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
		await client.query(`CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
			version INTEGER PRIMARY KEY,
			name TEXT NOT NULL,
			applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
		)`);
		const { rows } = await client.query<{ version: number }>(
			`SELECT version FROM ${MIGRATIONS_TABLE}`
		);
		const applied = new Set(rows.map((row) => Number(row.version)));
		for (const migration of pending(POSTGRES_MIGRATIONS, applied)) {
			for (const statement of migration.statements) await client.query(statement);
			await client.query(`INSERT INTO ${MIGRATIONS_TABLE} (version, name) VALUES ($1, $2)`, [
				migration.version,
				migration.name
			]);
		}
		await client.query('COMMIT');
	} catch (error) {
		await client.query('ROLLBACK').catch(() => undefined);
		throw error;
	} finally {
		client.release();
	}
}

/** Connects to PostgreSQL and brings the schema up to date. */
export async function openPostgresStore(options: PostgresOptions): Promise<LinkStore> {
	if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
		throw new Error(`Not a schema name this store uses: ${JSON.stringify(options.schema)}`);
	}
	const pool = new pg.Pool({
		connectionString: options.connectionString,
		max: POOL_SIZE,
		connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
		statement_timeout: STATEMENT_TIMEOUT_MS,
		options: options.schema === undefined ? undefined : `-c search_path=${options.schema}`
	});
	// An idle connection that breaks (the database restarted) must not take the process with it:
	// the pool drops it and the next query opens another.
	pool.on('error', (error) => logError({ store: 'postgresql' }, error));
	try {
		await migrate(pool);
	} catch (error) {
		await pool.end().catch(() => undefined);
		throw error;
	}

	return {
		kind: 'postgresql',
		async put(id, document, createdAt = new Date()): Promise<PutOutcome> {
			const inserted = await pool.query(
				'INSERT INTO links (id, document, created_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING',
				[id, document, createdAt]
			);
			if (inserted.rowCount === 1) return 'created';
			const { rows } = await pool.query<{ document: string }>(
				'SELECT document FROM links WHERE id = $1',
				[id]
			);
			return rows[0]?.document === document ? 'exists' : 'taken';
		},
		async get(id) {
			const { rows } = await pool.query<Row>(
				'SELECT id, document, created_at FROM links WHERE id = $1',
				[id]
			);
			return rows.length === 0 ? null : toLink(rows[0]);
		},
		async count() {
			const { rows } = await pool.query<{ count: string }>('SELECT count(*) AS count FROM links');
			return Number(rows[0].count);
		},
		async page(after, limit) {
			const { rows } = await pool.query<Row>(
				'SELECT id, document, created_at FROM links WHERE id > $1 ORDER BY id LIMIT $2',
				[after, limit]
			);
			return rows.map(toLink);
		},
		async close() {
			await pool.end();
		}
	};
}
