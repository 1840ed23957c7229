import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { ResultCache } from '../pool/cache';

/**
 * Rendered pages of a share link, kept: `/compare`, `/report` and `/embed` with an `s`
 * parameter are pure functions of their address within a release (the content security policy
 * is in hash mode, so there is no nonce; no page reads cookies), and news sites and campaigns
 * send many readers to one link. So a page rendered once is kept (up to 32 MB of them, none
 * over 2 MB) and sent again, and readers asking for one address at the same moment share one
 * rendering, which would otherwise run on the event loop once for each of them.
 *
 * Only a whole, successful answer is kept: status 200, no `Set-Cookie`, no `no-store`, and not
 * a page that was degraded because the server was busy (its load calls
 * {@link markUncacheable}); it is still shared with those who asked at the same moment.
 */

/** The pages kept, by the path of their address. */
const CACHED_PATHS: ReadonlySet<string> = new Set(['/compare', '/report', '/embed']);

/** A page as rendered, ready to be sent again. */
export interface CachedPage {
	status: number;
	headers: [string, string][];
	body: Uint8Array<ArrayBuffer>;
}

const pages = new ResultCache<CachedPage>({
	maxEntries: 500,
	maxWeight: 32 * 1024 * 1024,
	maxEntryWeight: 2 * 1024 * 1024
});

/** Whether the page being rendered may be kept; one per request, through its async context. */
const rendering = new AsyncLocalStorage<{ keep: boolean }>();

/**
 * Called while a page renders, by a load that answered with less than the page (the server
 * was busy): the page is sent, but not kept, so the next reader gets the whole page.
 */
export function markUncacheable(): void {
	const state = rendering.getStore();
	if (state) state.keep = false;
}

/**
 * The key a request's page is kept under, or null when it is not a page that is kept. It is
 * read from the request's own address, never SvelteKit's `event.url`: for a client-side
 * navigation's data request (`/compare/__data.json?s=…`) that one reads `/compare?s=…`, and a
 * page kept under it would be sent as the data, or the data as the page.
 */
export function pageCacheKey(request: Request): string | null {
	const url = new URL(request.url);
	if (request.method !== 'GET' || !CACHED_PATHS.has(url.pathname) || !url.searchParams.has('s')) {
		return null;
	}
	return `page:${createHash('sha256').update(`${url.pathname}${url.search}`).digest('base64')}`;
}

/** Whether a rendered answer may be kept for others. */
function keepable(response: Response): boolean {
	const cacheControl = response.headers.get('cache-control') ?? '';
	return (
		response.status === 200 &&
		!response.headers.has('set-cookie') &&
		!/no-store|private/i.test(cacheControl)
	);
}

/**
 * The page for this request: kept, being rendered for another reader, or rendered now by
 * `render` (and kept if it may be). Any other request is simply rendered.
 */
export async function cachedPage(
	request: Request,
	render: () => Response | Promise<Response>
): Promise<Response> {
	const key = pageCacheKey(request);
	if (key === null) return render();
	const page = await pages.get(key, async () => {
		const state = { keep: true };
		const response = await rendering.run(state, render);
		const body = new Uint8Array(await response.arrayBuffer());
		return {
			value: { status: response.status, headers: [...response.headers], body },
			weight: body.byteLength,
			keep: state.keep && keepable(response)
		};
	});
	return new Response(page.body, { status: page.status, headers: page.headers });
}

/** The page cache's counts, for the load script. */
export function pageCacheStats(): ReturnType<ResultCache<CachedPage>['stats']> {
	return pages.stats();
}
