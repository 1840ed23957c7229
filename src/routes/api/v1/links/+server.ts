import { resolve } from '$app/paths';
import { preflightResponse } from '$lib/server/api/cors';
import { methodNotAllowed } from '$lib/server/api/responses';
import { createLink } from '$lib/server/links/create-link';
import { siteLinks } from '$lib/server/links/links';
import { rateLimitFromEnv, TokenBuckets } from '$lib/server/links/rate-limit';
import type { RequestHandler } from './$types';

const METHODS = ['POST'];

/** This instance's allowance of new links per client (src/lib/server/links/rate-limit.ts). */
const limiter = new TokenBuckets(rateLimitFromEnv(process.env));

/** A scenario in, its short link out (src/lib/server/links/create-link.ts). */
export const POST: RequestHandler = ({ request, url, getClientAddress }) =>
	createLink(request, {
		links: siteLinks(),
		limiter,
		client: getClientAddress(),
		linkUrl: (id) => new URL(`s/${id}`, new URL(resolve('/'), url)).href
	});
export const OPTIONS: RequestHandler = () => preflightResponse(METHODS);
export const fallback: RequestHandler = ({ request }) => methodNotAllowed(request.method, METHODS);
