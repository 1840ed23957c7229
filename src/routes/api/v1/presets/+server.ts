import { preflightResponse } from '$lib/server/api/cors';
import { presetListResponse } from '$lib/server/api/presets';
import { methodNotAllowed } from '$lib/server/api/responses';
import type { RequestHandler } from './$types';

const METHODS = ['GET', 'HEAD'];

/** Every preset's id, title and summary. */
export const GET: RequestHandler = () => presetListResponse();
export const OPTIONS: RequestHandler = () => preflightResponse(METHODS);
export const fallback: RequestHandler = ({ request }) => methodNotAllowed(request.method, METHODS);
