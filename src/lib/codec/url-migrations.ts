/**
 * Rewrites of old share links into today's shape, applied in order before a link is
 * decoded (style.md §18). Each migration is a pure function from one `URLSearchParams` to
 * another: it must leave alone a link it does not apply to, so that running the whole list
 * over a link of any age, including one made today, is always safe.
 *
 * Rules for adding one (see ./README.md, which also says why each exists):
 * 1. Append to {@link URL_MIGRATIONS}; never remove, reorder or edit a published migration.
 * 2. Give it a stable id, the date, and the issue behind the change.
 * 3. Add the old link it exists for to `tests/fixtures/links/` with the scenario it must
 *    decode to, so the link is tested for ever.
 *
 * There are none yet: version 1 of the link (`s=1.…`) is the first shape ever published.
 */

/** One step that rewrites an older link's parameters into a newer shape. */
export interface UrlMigration {
	/** A stable name, such as "2027-03-rename-x-to-y"; never reused. */
	id: string;
	/** Why the link's shape changed, with the issue it came from. */
	reason: string;
	/** Gives the rewritten parameters; must not change its argument. */
	migrate: (params: URLSearchParams) => URLSearchParams;
}

/** Every migration ever published, oldest first. Append only. */
export const URL_MIGRATIONS: readonly UrlMigration[] = [];

/**
 * Runs the migrations, in order, over a copy of a link's parameters.
 *
 * @param params The parameters as the link carries them; left unchanged.
 * @param migrations The list to run; today's {@link URL_MIGRATIONS} unless a test says.
 * @returns New parameters in today's shape.
 */
export function migrateSearchParams(
	params: URLSearchParams,
	migrations: readonly UrlMigration[] = URL_MIGRATIONS
): URLSearchParams {
	return migrations.reduce(
		(current, migration) => migration.migrate(new URLSearchParams(current)),
		new URLSearchParams(params)
	);
}
