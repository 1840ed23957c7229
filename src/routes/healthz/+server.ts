import type { RequestHandler } from './$types';

/**
 * For load balancers and orchestrators: 200 while the process serves requests. It does no
 * work and touches nothing else, so it answers quickly under load; once the server starts to
 * shut down it stops accepting connections, so the check fails and traffic moves elsewhere.
 */
export const GET: RequestHandler = () =>
	new Response('{"status":"ok"}', {
		headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }
	});
