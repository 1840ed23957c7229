import { preflightResponse } from '$lib/server/api/cors';
import { methodNotAllowed } from '$lib/server/api/responses';
import { compareScenario } from '$lib/server/api/scenario-endpoints';
import type { RequestHandler } from './$types';

const METHODS = ['POST'];

/** A scenario in, the results document out (src/lib/server/api/scenario-endpoints.ts). */
export const POST: RequestHandler = ({ request }) => compareScenario(request);
export const OPTIONS: RequestHandler = () => preflightResponse(METHODS);
export const fallback: RequestHandler = ({ request }) => methodNotAllowed(request.method, METHODS);
