import { preflightResponse } from '$lib/server/api/cors';
import { presetResponse } from '$lib/server/api/presets';
import { methodNotAllowed } from '$lib/server/api/responses';
import type { RequestHandler } from './$types';

const METHODS = ['GET', 'HEAD'];

/** One preset and its scenario document, or 404. */
export const GET: RequestHandler = ({ params }) => presetResponse(params.id);
export const OPTIONS: RequestHandler = () => preflightResponse(METHODS);
export const fallback: RequestHandler = ({ request }) => methodNotAllowed(request.method, METHODS);
