import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { withoutControls } from '$lib/report/csv';
import { asApiProblem } from '$lib/server/api/any-error';
import { crossSiteFormResponse, isCrossSiteFormSubmission } from '$lib/server/http/csrf';
import { logError, logInfo } from '$lib/server/http/log';
import { compressed } from '$lib/server/http/compress';
import { cachedPage } from '$lib/server/http/page-cache';
import { requestRecord } from '$lib/server/http/request-log';
import { withScriptsAfterStyles } from '$lib/server/http/script-priority';
import { withSecurityHeaders } from '$lib/server/http/security-headers';
import { startPool } from '$lib/server/pool';

/** The worker pool starts with the server, so its workers are warm for the first request. */
export const init: ServerInit = async () => {
	await startPool();
};

/**
 * Every request the app answers passes through here: the cross-site form check
 * (src/lib/server/http/csrf.ts), then the route (its pages stripped of control and
 * bidirectional-override characters, which a link's text may carry and no page needs; its
 * scripts fetched after its stylesheets, script-priority.ts; a share link's page rendered once
 * is kept and sent again, src/lib/server/http/page-cache.ts), then the security headers
 * (security-headers.ts) and compression for the trip (compress.ts), and at the end one JSON line
 * on standard output (request-log.ts).
 * Nothing is kept between requests.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const startedAt = performance.now();
	let status = 500;
	try {
		const response = asApiProblem(
			isCrossSiteFormSubmission(event.request, event.url)
				? crossSiteFormResponse(event.request.method)
				: await cachedPage(event.request, async () =>
						withScriptsAfterStyles(
							await resolve(event, { transformPageChunk: ({ html }) => withoutControls(html) })
						)
					),
			event.url
		);
		status = response.status;
		return compressed(event.request, withSecurityHeaders(response, event.url));
	} finally {
		logInfo(requestRecord(event.request, status, startedAt, performance.now()));
	}
};

/**
 * An unexpected error: the whole of it goes to the operator's log (standard error), and the
 * visitor sees only that something went wrong, never a message or a stack trace. Not-found
 * and other expected errors are already in the request log.
 */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status >= 500) logError({ method: event.request.method, path: event.url.pathname }, error);
	return { message: status >= 500 ? 'Internal Error' : message };
};
