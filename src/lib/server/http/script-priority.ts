/**
 * A page's scripts are fetched after what draws it.
 *
 * Every page is drawn in full on the server: its text, figures and styles are all in the HTML
 * and its stylesheets. The JavaScript only makes the page live (typing, charts, sharing).
 * SvelteKit asks the browser to fetch that JavaScript early, in the page's `Link` header
 * (`rel="modulepreload"`), at high priority: on a phone's slow connection its 90 KB then share
 * the line with the stylesheets the first paint waits for. Marked `fetchpriority="low"`, the
 * scripts are still fetched as soon as the page arrives, but the stylesheets go first.
 *
 * Lighthouse (`npm run bench:lighthouse`) models this the same way: high-priority scripts that
 * finish before the first paint count as blocking it. Marked low, a preset's link went from
 * 1.9 s to 1.2–1.4 s to first paint there.
 */

/** The parameter added to each script preload. */
export const LOW_PRIORITY = 'fetchpriority="low"';

const ENTRY_SEPARATOR = /,\s*(?=<)/;
const MODULE_PRELOAD = /;\s*rel="?modulepreload"?\s*(?:;|$)/i;
const HAS_PRIORITY = /;\s*fetchpriority=/i;

/**
 * `link`, a `Link` header's value, with every module preload in it marked low priority.
 * Other entries (stylesheets, fonts), and preloads that already say their priority, are kept
 * as they are.
 */
export function withLowPriorityScripts(link: string): string {
	return link
		.split(ENTRY_SEPARATOR)
		.map((entry) =>
			MODULE_PRELOAD.test(entry) && !HAS_PRIORITY.test(entry) ? `${entry}; ${LOW_PRIORITY}` : entry
		)
		.join(', ');
}

/**
 * `response` with its script preloads marked low priority (see above). Most responses can be
 * changed in place; one whose headers are immutable (a `fetch` result passed straight through)
 * is copied first.
 */
export function withScriptsAfterStyles(response: Response): Response {
	const link = response.headers.get('link');
	if (link === null) return response;
	const lowered = withLowPriorityScripts(link);
	if (lowered === link) return response;
	try {
		response.headers.set('link', lowered);
		return response;
	} catch {
		const copy = new Response(response.body, response);
		copy.headers.set('link', lowered);
		return copy;
	}
}
