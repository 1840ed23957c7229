import { scenarioJsonSchema } from '$lib/schemas/json-schema';
import { preflightResponse } from '$lib/server/api/cors';
import { jsonResponse, methodNotAllowed, STATIC_MAX_AGE_SECONDS } from '$lib/server/api/responses';
import type { RequestHandler } from './$types';

const METHODS = ['GET', 'HEAD'];

/** The scenario's JSON Schema, generated from the zod schemas (src/lib/schemas/json-schema.ts). */
export const GET: RequestHandler = () =>
	jsonResponse(scenarioJsonSchema(), {
		maxAge: STATIC_MAX_AGE_SECONDS,
		contentType: 'application/schema+json'
	});
export const OPTIONS: RequestHandler = () => preflightResponse(METHODS);
export const fallback: RequestHandler = ({ request }) => methodNotAllowed(request.method, METHODS);
