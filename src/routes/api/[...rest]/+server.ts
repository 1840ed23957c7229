import { problemResponse } from '$lib/server/api/problem';
import type { RequestHandler } from './$types';

/** Any other address under /api: 404 as problem details, not the HTML error page. */
export const fallback: RequestHandler = ({ url }) =>
	problemResponse(
		'not-found',
		`There is no API at ${url.pathname}; /api/v1/openapi.json lists every address.`
	);
