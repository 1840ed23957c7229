import { SCENARIO_PARAM } from '../codec/params';

/**
 * Links between the views of one comparison. Every view reads the same `s` parameter with the
 * same codec (style.md §21), so moving between them only changes the path: the comparison's
 * share link and its printable report carry the same scenario.
 */

/** The query parameter that chooses the unit of the report's year tables. */
export const UNIT_PARAM = 'unit';

/**
 * The address of another view of the comparison a link opens: the same origin and `s`, on
 * another path; other parameters are left behind. Null when the link carries no scenario.
 *
 * @param href an absolute address with an `s` parameter, such as the share link
 * @param path the other view's path, base path included ("/report")
 */
export function sameComparisonAt(href: string, path: string): string | null {
	let url: URL;
	try {
		url = new URL(href);
	} catch {
		return null;
	}
	const value = url.searchParams.get(SCENARIO_PARAM);
	if (!value) return null;
	const target = new URL(path, url.origin);
	target.searchParams.set(SCENARIO_PARAM, value);
	return target.href;
}
