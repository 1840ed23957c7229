import { parseScenario } from '$lib/schemas/scenario';
import { logError } from '../http/log';
import { readJsonBody } from '../api/body';
import { API_HEADERS } from '../api/cors';
import { jsonShapeProblem } from '../api/json-shape';
import { COMPUTE_TIME_LIMIT_MS } from '../api/limits';
import { problemResponse } from '../api/problem';
import { invalidScenarioDetail } from '../api/scenario-endpoints';
import { runWithTimeLimit, TimeLimitExceededError } from '../api/time-limit';
import type { Problem } from '$lib/schemas/problems';
import { canonicalText } from './link-id';
import type { LinkKeeper } from './links';
import type { TokenBuckets } from './rate-limit';

/**
 * POST /api/v1/links: a scenario in, its short link out. The same body limits, shape checks
 * and validation as POST /api/v1/compare, then the rate limit for a new link, then the store.
 */

/** The answer: the link's id and its absolute address. */
export interface LinkAnswer {
	id: string;
	url: string;
}

export interface CreateLinkContext {
	/** The site's store. */
	links: LinkKeeper;
	/** The per-client allowance of new links. */
	limiter: TokenBuckets;
	/** The client, for the rate limit: its address. */
	client: string;
	/** The absolute address of the page of link `id`. */
	linkUrl: (id: string) => string;
	/** The time limit of validation, in milliseconds (tests set it). */
	timeLimitMs?: number;
}

/** Headers a script on another site may read: where the link is, and how long to wait. */
const EXPOSED = { 'access-control-expose-headers': 'Location, Retry-After' };

function linkResponse(answer: LinkAnswer, created: boolean): Response {
	return new Response(JSON.stringify(answer), {
		status: created ? 201 : 200,
		headers: {
			...API_HEADERS,
			...EXPOSED,
			'content-type': 'application/json; charset=utf-8',
			'cache-control': 'no-store',
			...(created ? { location: answer.url } : {})
		}
	});
}

function rateLimited(wait: number): Response {
	return problemResponse(
		'rate-limited',
		`This client has made too many new links in a short time; try again in ${wait} ` +
			`${wait === 1 ? 'second' : 'seconds'}. Nothing was kept.`,
		{ headers: { 'retry-after': String(wait), ...EXPOSED } }
	);
}

function unavailable(): Response {
	return problemResponse(
		'storage-unavailable',
		'The store of short links could not be reached, so nothing was kept. The full link ' +
			'works meanwhile.',
		{ headers: { 'retry-after': '60', ...EXPOSED } }
	);
}

type Parsed = { ok: true; text: string } | { ok: false; problems: Problem[] };

/**
 * Answers POST /api/v1/links: 201 with `{id, url}` and a Location header for a scenario kept
 * just now, 200 for one already kept; 400, 413 and 415 for bodies that cannot be read, 422
 * for an invalid scenario, 429 with Retry-After past the client's allowance of new links, 503
 * when the store cannot be reached or validation passes its time limit. Never rejects.
 */
export async function createLink(request: Request, context: CreateLinkContext): Promise<Response> {
	try {
		// Checked before the body is read; a link that exists takes no token (below).
		const wait = context.limiter.wait(context.client);
		if (wait > 0) return rateLimited(wait);
		const body = await readJsonBody(request);
		if (!body.ok) return body.response;
		const shapeProblem = jsonShapeProblem(body.value);
		const parsed = runWithTimeLimit((): Parsed => {
			if (shapeProblem !== undefined) return { ok: false, problems: [shapeProblem] };
			const result = parseScenario(body.value);
			return result.ok
				? { ok: true, text: canonicalText(result.scenario) }
				: { ok: false, problems: result.problems };
		}, context.timeLimitMs ?? COMPUTE_TIME_LIMIT_MS);
		if (!parsed.ok) {
			return problemResponse('invalid-scenario', invalidScenarioDetail(parsed.problems.length), {
				problems: parsed.problems
			});
		}
		let kept: { id: string; created: boolean };
		try {
			kept = await context.links.keep(parsed.text);
		} catch (error) {
			logError({ endpoint: 'links', store: context.links.kind }, error);
			return unavailable();
		}
		if (kept.created) context.limiter.take(context.client);
		return linkResponse({ id: kept.id, url: context.linkUrl(kept.id) }, kept.created);
	} catch (error) {
		if (error instanceof TimeLimitExceededError) {
			return problemResponse(
				'time-limit',
				`Checking the scenario took longer than ${error.limitMs.toLocaleString('en-GB')} ms, ` +
					'the time limit, so it was stopped. Nothing was kept.'
			);
		}
		logError({ endpoint: 'links' }, error);
		return problemResponse(
			'internal-error',
			'The request could not be answered because of an unexpected error in this service.'
		);
	}
}
