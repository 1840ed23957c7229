import { analyse, toResultsDocument } from '$lib/engine';
import type { Problem } from '$lib/schemas/problems';
import { parseScenario } from '$lib/schemas/scenario';
import { logError } from '../http/log';
import { readJsonBody } from './body';
import { jsonShapeProblem } from './json-shape';
import { COMPUTE_TIME_LIMIT_MS } from './limits';
import { problemResponse } from './problem';
import { jsonResponse } from './responses';
import { runWithTimeLimit, TimeLimitExceededError } from './time-limit';

/**
 * The two endpoints that take a scenario: POST /api/v1/compare and POST /api/v1/validate.
 * Each reads the body within the limits (body.ts), checks its shape (json-shape.ts), then
 * validates and computes within the time limit, with the same `parseScenario` and engine as
 * the page and the CLI. They resolve to a response for every request and never reject.
 */

/** What {@link compareScenario} and {@link validateScenario} may be told, for tests. */
export interface EndpointOptions {
	/** The time limit of the computation, in milliseconds. */
	timeLimitMs?: number;
}

/** The body of a validation: valid with no problems, or invalid with every problem. */
export interface ValidationResult {
	valid: boolean;
	problems: Problem[];
}

/** The `detail` of a 422: how many problems there are. */
export function invalidScenarioDetail(count: number): string {
	return (
		`The scenario has ${count === 1 ? 'a problem' : `${count} problems`}; each is listed ` +
		'with its path. Nothing was computed.'
	);
}

function invalidScenario(problems: Problem[]): Response {
	return problemResponse('invalid-scenario', invalidScenarioDetail(problems.length), { problems });
}

/** The response for a computation that threw: stopped at its limit, or a bug. */
function failed(endpoint: string, error: unknown): Response {
	if (error instanceof TimeLimitExceededError) {
		return problemResponse(
			'time-limit',
			`Working out the answer took longer than ${error.limitMs.toLocaleString('en-GB')} ms, ` +
				'the time limit, so it was stopped. Nothing was computed.'
		);
	}
	logError({ endpoint }, error);
	return problemResponse(
		'internal-error',
		'The request could not be answered because of an unexpected error in this service.'
	);
}

type Computed = { ok: true; body: string } | { ok: false; problems: Problem[] };

/**
 * POST /api/v1/compare: a scenario in, the results document of format.md out (200), or 422
 * with every problem of an invalid scenario; 400, 413 and 415 for bodies that cannot be read
 * (body.ts); 503 when the computation passes its time limit.
 */
export async function compareScenario(
	request: Request,
	options: EndpointOptions = {}
): Promise<Response> {
	try {
		const body = await readJsonBody(request);
		if (!body.ok) return body.response;
		const shapeProblem = jsonShapeProblem(body.value);
		if (shapeProblem !== undefined) return invalidScenario([shapeProblem]);
		const computed = runWithTimeLimit((): Computed => {
			const parsed = parseScenario(body.value);
			if (!parsed.ok) return { ok: false, problems: parsed.problems };
			return { ok: true, body: JSON.stringify(toResultsDocument(analyse(parsed.scenario))) };
		}, options.timeLimitMs ?? COMPUTE_TIME_LIMIT_MS);
		return computed.ok ? jsonResponse(computed.body) : invalidScenario(computed.problems);
	} catch (error) {
		return failed('compare', error);
	}
}

/**
 * POST /api/v1/validate: a scenario in, `{valid, problems}` out (200 either way); 400, 413
 * and 415 for bodies that cannot be read, as for compare.
 */
export async function validateScenario(
	request: Request,
	options: EndpointOptions = {}
): Promise<Response> {
	try {
		const body = await readJsonBody(request);
		if (!body.ok) return body.response;
		const shapeProblem = jsonShapeProblem(body.value);
		const result = runWithTimeLimit((): ValidationResult => {
			if (shapeProblem !== undefined) return { valid: false, problems: [shapeProblem] };
			const parsed = parseScenario(body.value);
			return parsed.ok
				? { valid: true, problems: [] }
				: { valid: false, problems: parsed.problems };
		}, options.timeLimitMs ?? COMPUTE_TIME_LIMIT_MS);
		return jsonResponse(JSON.stringify(result));
	} catch (error) {
		return failed('validate', error);
	}
}
