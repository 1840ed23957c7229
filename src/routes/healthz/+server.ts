import { siteLinks } from '$lib/server/links/links';
import type { RequestHandler } from './$types';

/**
 * For load balancers and orchestrators: 200 while the process serves requests, with the link
 * store's size. The count is the one last made (at most a minute old, src/lib/server/links/
 * links.ts), so the check costs no query; once the server starts to shut down it stops
 * accepting connections, so the check fails and traffic moves elsewhere.
 *
 * A store that cannot be reached is reported (`available: false`) but does not fail the
 * check: every page still works without it, with full links in place of short ones.
 */
export const GET: RequestHandler = async () => {
	const links = await siteLinks().health();
	return new Response(JSON.stringify({ status: 'ok', links }), {
		headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }
	});
};
