/**
 * Cross-origin access to the API: open to every origin, without credentials.
 *
 * The API keeps no state and reads no cookies, so a page on another site gains nothing by
 * calling it that it could not get with curl; `*` (rather than echoing the origin) also
 * means browsers never send cookies with these requests. Errors carry the header too, so a
 * script on another site can read why its request failed.
 */

/** Headers on every API response. */
export const API_HEADERS: Readonly<Record<string, string>> = {
	'access-control-allow-origin': '*'
};

/** How long a browser may keep the answer to a preflight, in seconds (a day). */
export const PREFLIGHT_MAX_AGE_SECONDS = 86_400;

/** The answer to a CORS preflight (OPTIONS) for an address that takes `methods`. */
export function preflightResponse(methods: readonly string[]): Response {
	const allowed = [...methods, 'OPTIONS'].join(', ');
	return new Response(null, {
		status: 204,
		headers: {
			...API_HEADERS,
			allow: allowed,
			'access-control-allow-methods': allowed,
			'access-control-allow-headers': 'Content-Type',
			'access-control-max-age': String(PREFLIGHT_MAX_AGE_SECONDS)
		}
	});
}
