/**
 * The cross-site form check SvelteKit does by itself (`csrf.checkOrigin`), done here instead
 * so that the API can be exempt from it.
 *
 * SvelteKit refuses a POST, PUT, PATCH or DELETE with a form's content type
 * (application/x-www-form-urlencoded, multipart/form-data or text/plain) from another origin,
 * before any hook or route sees it, and answers in plain text. For the pages that is right.
 * For the API it is wrong twice over: the API reads no cookies, so there is nothing to forge;
 * and a client that forgets the JSON content type (curl's `-d` sends a form's) should be told
 * so with a 415 in problem details, not a 403 about forms. So svelte.config.js trusts every
 * origin (`csrf.trustedOrigins: ['*']`) and this check does SvelteKit's job for every other
 * address.
 */

/** Addresses exempt from the check: the API, which keeps no state and reads no cookies. */
export const API_PREFIX = '/api/';

const FORM_CONTENT_TYPES = [
	'application/x-www-form-urlencoded',
	'multipart/form-data',
	'text/plain'
];
const UNSAFE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];

/** Whether `request` is a form submitted from another site to a page of this one. */
export function isCrossSiteFormSubmission(request: Request, url: URL): boolean {
	if (url.pathname.startsWith(API_PREFIX)) return false;
	if (!UNSAFE_METHODS.includes(request.method)) return false;
	const contentType = (request.headers.get('content-type') ?? '')
		.split(';')[0]
		.trim()
		.toLowerCase();
	if (!FORM_CONTENT_TYPES.includes(contentType)) return false;
	return request.headers.get('origin') !== url.origin;
}

/** The answer to a cross-site form: as SvelteKit gives it. */
export function crossSiteFormResponse(method: string): Response {
	return new Response(`Cross-site ${method} form submissions are forbidden`, {
		status: 403,
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
}
