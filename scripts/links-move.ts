/**
 * Copies every short link from one store to another: SQLite to PostgreSQL when a site grows
 * to several instances, PostgreSQL to SQLite for a copy to keep or to test with. Links are
 * copied as they are (id, document, time made); links the destination already has are left
 * alone, so the copy can be run again, or into a store that is in use.
 *
 *   npx tsx scripts/links-move.ts --from sqlite:data/links.sqlite --to postgres://user:pw@host/db
 *   npx tsx scripts/links-move.ts --from postgres://user:pw@host/db --to sqlite:backup.sqlite
 *
 * Ends with one line: "links: N copied, N already there, N clashes". A clash (the same id
 * holding another scenario in each store) is listed and makes the exit code 1; it is not
 * overwritten, because a kept link never changes.
 */
import { openPostgresStore } from '../src/lib/server/links/postgres-store';
import { openSqliteStore } from '../src/lib/server/links/sqlite-store';
import type { LinkStore } from '../src/lib/server/links/store';

/** Links read at a time. */
const PAGE = 500;

async function open(address: string): Promise<LinkStore> {
	if (address.startsWith('sqlite:')) return openSqliteStore(address.slice('sqlite:'.length));
	if (/^postgres(ql)?:\/\//.test(address)) return openPostgresStore({ connectionString: address });
	throw new Error(
		`Not a store address: ${JSON.stringify(address)}. Use sqlite:FILE or postgres://…`
	);
}

function argument(name: string): string {
	const at = process.argv.indexOf(name);
	const value = at === -1 ? undefined : process.argv[at + 1];
	if (value === undefined) {
		throw new Error(
			'Usage: npx tsx scripts/links-move.ts --from sqlite:FILE|postgres://… --to sqlite:FILE|postgres://…'
		);
	}
	return value;
}

async function main(): Promise<number> {
	const from = await open(argument('--from'));
	const to = await open(argument('--to'));
	const counts = { created: 0, exists: 0, taken: 0 };
	try {
		let after = '';
		for (;;) {
			const links = await from.page(after, PAGE);
			if (links.length === 0) break;
			for (const link of links) {
				const outcome = await to.put(link.id, link.document, link.createdAt);
				counts[outcome] += 1;
				if (outcome === 'taken') console.error(`clash: ${link.id} holds another scenario there`);
			}
			after = links[links.length - 1].id;
		}
	} finally {
		await from.close();
		await to.close();
	}
	console.log(
		`links: ${counts.created} copied, ${counts.exists} already there, ${counts.taken} clashes`
	);
	return counts.taken === 0 ? 0 : 1;
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(2);
	}
);
