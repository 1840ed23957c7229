import { problemResponse, PROBLEM_CONTENT_TYPE } from './problem';

/**
 * Every answer under /api/ is JSON, errors included. The API's own handlers answer errors as
 * problem details; this catches the few SvelteKit answers before any handler runs, such as
 * the 400 (an HTML page) for an address that is not valid percent-encoding
 * (`/api/v1/presets/%ZZ`), and gives the client problem details instead.
 */
export function asApiProblem(response: Response, url: URL): Response {
	if (!url.pathname.startsWith('/api/') || response.status < 400) return response;
	const type = response.headers.get('content-type') ?? '';
	if (type.startsWith(PROBLEM_CONTENT_TYPE) || type.startsWith('application/json')) return response;
	if (response.status === 400) {
		return problemResponse(
			'bad-address',
			'The address could not be read: it has a % sign not followed by two hexadecimal digits, or bytes that are not UTF-8.'
		);
	}
	if (response.status === 404) {
		return problemResponse(
			'not-found',
			'There is nothing at this address; /api/v1/openapi.json lists every address.'
		);
	}
	return problemResponse(
		'internal-error',
		'The request could not be answered because of an unexpected error in this service.'
	);
}
