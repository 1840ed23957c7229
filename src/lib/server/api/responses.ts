import { API_HEADERS } from './cors';
import { problemResponse } from './problem';

/** Responses of the API that are not errors, and the 405 every address gives for other methods. */

/** How long answers that change only with a release may be cached, in seconds (five minutes). */
export const STATIC_MAX_AGE_SECONDS = 300;

/**
 * A successful JSON answer, open to other origins.
 *
 * @param body The JSON text, or a value to write as JSON.
 * @param options `maxAge` lets caches keep it that many seconds (the default is not to
 *   store it at all); `contentType` replaces application/json, for a JSON Schema.
 */
export function jsonResponse(
	body: unknown,
	options: { maxAge?: number; contentType?: string } = {}
): Response {
	const text = typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
	return new Response(text as BodyInit, {
		status: 200,
		headers: {
			...API_HEADERS,
			'content-type': `${options.contentType ?? 'application/json'}; charset=utf-8`,
			'cache-control':
				options.maxAge === undefined ? 'no-store' : `public, max-age=${options.maxAge}`
		}
	});
}

/** 405 for a method an address does not take; `allowed` goes in the Allow header. */
export function methodNotAllowed(method: string, allowed: readonly string[]): Response {
	const allow = [...allowed, 'OPTIONS'].join(', ');
	return problemResponse(
		'method-not-allowed',
		`This address does not take ${method} requests; it takes ${allow}.`,
		{ headers: { allow } }
	);
}
