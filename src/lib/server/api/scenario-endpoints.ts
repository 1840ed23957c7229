import type { Problem } from '$lib/schemas/problems';
import { logError } from '../http/log';
import { PoolBusyError, RETRY_AFTER_SECONDS, runInPool, TimeLimitExceededError } from '../pool';
import type { CompareResult, NotJson, ValidationResult } from '../pool/tasks';
import { readJsonBodyText } from './body';
import { COMPUTE_TIME_LIMIT_MS } from './limits';
import { problemResponse } from './problem';
import { jsonResponse } from './responses';

/**
 * The two endpoints that take a scenario: POST /api/v1/compare and POST /api/v1/validate.
 * Each reads the body's text within the limits (body.ts) on the event loop; the worker pool
 * (../pool) then reads it as JSON, checks its shape (json-shape.ts), validates and computes,
 * within the time limit, with the same `parseScenario` and engine as the page and the CLI. They resolve to a response for every request and never reject. The same body
 * always gets the same answer, so answers are kept and shared by the text of the body (the
 * pool's result cache): a hundred clients sending one scenario cost one computation.
 */

/** What {@link compareScenario} and {@link validateScenario} may be told, for tests. */
export interface EndpointOptions {
	/** The time limit of the computation, in milliseconds. */
	timeLimitMs?: number;
}

export type { ValidationResult };

/** The `detail` of a 422: how many problems there are. */
export function invalidScenarioDetail(count: number): string {
	return (
		`The scenario has ${count === 1 ? 'a problem' : `${count} problems`}; each is listed ` +
		'with its path. Nothing was computed.'
	);
}

/** 400: the body is not JSON at all (read in the worker). */
function notJson({ notJson: detail }: NotJson): Response {
	return problemResponse('invalid-json', detail);
}

function invalidScenario(problems: Problem[]): Response {
	return problemResponse('invalid-scenario', invalidScenarioDetail(problems.length), { problems });
}

/** The response for a computation that threw: stopped at its limit, refused, or a bug. */
function failed(endpoint: string, error: unknown): Response {
	if (error instanceof TimeLimitExceededError) {
		return withRetryAfter(
			problemResponse(
				'time-limit',
				`Working out the answer took longer than ${error.limitMs.toLocaleString('en-GB')} ms, ` +
					'the time limit, so it was stopped. Nothing was computed.'
			)
		);
	}
	if (error instanceof PoolBusyError) {
		return withRetryAfter(
			problemResponse(
				'busy',
				'The service is working on as many requests as it can take, so this one was not ' +
					`started. Try again in ${RETRY_AFTER_SECONDS} seconds.`
			)
		);
	}
	logError({ endpoint }, error);
	return problemResponse(
		'internal-error',
		'The request could not be answered because of an unexpected error in this service.'
	);
}

/** The response with Retry-After: how long a client should wait before asking again. */
export function withRetryAfter(response: Response): Response {
	response.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
	return response;
}

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
		const body = await readJsonBodyText(request);
		if (!body.ok) return body.response;
		const computed = await runInPool<CompareResult | NotJson>(
			{ kind: 'compare', text: body.text },
			options.timeLimitMs ?? COMPUTE_TIME_LIMIT_MS,
			{ source: body.text }
		);
		if ('notJson' in computed) return notJson(computed);
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
		const body = await readJsonBodyText(request);
		if (!body.ok) return body.response;
		const result = await runInPool<ValidationResult | NotJson>(
			{ kind: 'validate', text: body.text },
			options.timeLimitMs ?? COMPUTE_TIME_LIMIT_MS,
			{ source: body.text }
		);
		if ('notJson' in result) return notJson(result);
		return jsonResponse(JSON.stringify(result));
	} catch (error) {
		return failed('validate', error);
	}
}
