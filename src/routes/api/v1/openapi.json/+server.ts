import { preflightResponse } from '$lib/server/api/cors';
import { openApiDocument } from '$lib/server/api/openapi';
import { jsonResponse, methodNotAllowed, STATIC_MAX_AGE_SECONDS } from '$lib/server/api/responses';
import type { RequestHandler } from './$types';

const METHODS = ['GET', 'HEAD'];

/** The OpenAPI 3.1 document, generated from the zod schemas (src/lib/server/api/openapi.ts). */
export const GET: RequestHandler = ({ url }) =>
	jsonResponse(openApiDocument(url.origin), { maxAge: STATIC_MAX_AGE_SECONDS });
export const OPTIONS: RequestHandler = () => preflightResponse(METHODS);
export const fallback: RequestHandler = ({ request }) => methodNotAllowed(request.method, METHODS);
