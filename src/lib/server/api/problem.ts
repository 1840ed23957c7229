import type { Problem } from '$lib/schemas/problems';
import { API_HEADERS } from './cors';

/**
 * Errors of the API as problem details (RFC 9457), `application/problem+json`.
 *
 * Every error the API gives has a `type` from {@link PROBLEM_TYPES}, a `title` that belongs to
 * the type, the HTTP `status`, and a `detail` sentence about this occurrence. An invalid
 * scenario adds `problems`: each with its JSON path and a sentence (format.md, "Errors").
 * Nothing else goes in: never a stack trace, never the server's own error messages.
 *
 * Types are relative references to the section of the /api page that explains them, so they
 * resolve on whichever host answered.
 */

/** The content type of every error response. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** One kind of error: its status and title, and what a client can do about it. */
export interface ProblemType {
	status: number;
	title: string;
	/** What the error means and how to put it right, for the /api page and OpenAPI. */
	explanation: string;
}

/** Every kind of error the API gives, by a stable id (the fragment of its `type`). */
export const PROBLEM_TYPES = {
	'invalid-json': {
		status: 400,
		title: 'The request body is not valid JSON',
		explanation:
			'The body was empty, not UTF-8 text, not JSON, or nested too deeply. Send one JSON ' +
			'document, encoded as UTF-8.'
	},
	'bad-address': {
		status: 400,
		title: 'The address cannot be read',
		explanation:
			'The address is not valid percent-encoded UTF-8, for example a % sign not followed by ' +
			'two hexadecimal digits. Encode each part of the address, as encodeURIComponent does.'
	},
	'not-found': {
		status: 404,
		title: 'Not found',
		explanation: 'There is nothing at this address, such as a preset id that does not exist.'
	},
	'method-not-allowed': {
		status: 405,
		title: 'Method not allowed',
		explanation:
			'The address exists but not for this method; the Allow header lists those it takes.'
	},
	'body-too-large': {
		status: 413,
		title: 'The request body is too large',
		explanation:
			'The body is over the size limit. A scenario is a few kilobytes; send one at a time.'
	},
	'unsupported-media-type': {
		status: 415,
		title: 'The request body must be JSON',
		explanation:
			'The Content-Type header is missing or is not application/json. With curl, add ' +
			"-H 'Content-Type: application/json'."
	},
	'invalid-scenario': {
		status: 422,
		title: 'The scenario is not valid',
		explanation:
			'The body is JSON but not a valid scenario of format.md, version 1. Each entry of ' +
			'problems gives the path of a problem and a sentence saying what to change.'
	},
	'rate-limited': {
		status: 429,
		title: 'Too many new links',
		explanation:
			'This client has made many new short links in a short time. Wait the number of ' +
			'seconds in the Retry-After header, then try again. Asking for a link that already ' +
			'exists is never limited.'
	},
	'internal-error': {
		status: 500,
		title: 'Internal error',
		explanation: 'Something went wrong in this service. Try again; if it persists, report it.'
	},
	'time-limit': {
		status: 503,
		title: 'The computation took too long',
		explanation:
			'Working out the answer, with any wait for a free worker, took longer than the time ' +
			"limit and was stopped. Try again after the Retry-After header's seconds, or with a " +
			'smaller scenario.'
	},
	'storage-unavailable': {
		status: 503,
		title: 'Links cannot be kept just now',
		explanation:
			'The store of short links could not be reached. Try again in a minute; meanwhile the ' +
			'full link, with the whole scenario in its address, works without it.'
	},
	busy: {
		status: 503,
		title: 'The service is busy',
		explanation:
			'Every worker is busy and the queue of requests waiting for one is full, so the ' +
			"request was not started. Try again after the Retry-After header's seconds."
	}
} as const satisfies Record<string, ProblemType>;

export type ProblemTypeId = keyof typeof PROBLEM_TYPES;

/** The body of an error response. */
export interface ProblemDetails {
	/** A relative reference to the /api page's explanation of this kind of error. */
	type: string;
	title: string;
	status: number;
	/** A sentence about this occurrence. */
	detail: string;
	/** For an invalid scenario: every problem, with its path and a sentence. */
	problems?: Problem[];
}

/** The `type` of a problem: where the /api page explains it. */
export function problemTypeUri(id: ProblemTypeId): string {
	return `/api#problem-${id}`;
}

/** The problem details of one error. */
export function problemDetails(
	id: ProblemTypeId,
	detail: string,
	problems?: Problem[]
): ProblemDetails {
	const { status, title } = PROBLEM_TYPES[id];
	const details: ProblemDetails = { type: problemTypeUri(id), title, status, detail };
	if (problems !== undefined) details.problems = problems;
	return details;
}

/**
 * An error response: problem details as `application/problem+json`, open to other origins,
 * never cached.
 *
 * @param headers Any further headers, such as Allow for a 405.
 */
export function problemResponse(
	id: ProblemTypeId,
	detail: string,
	options: { problems?: Problem[]; headers?: Record<string, string> } = {}
): Response {
	const details = problemDetails(id, detail, options.problems);
	return new Response(JSON.stringify(details), {
		status: details.status,
		headers: {
			...API_HEADERS,
			'content-type': PROBLEM_CONTENT_TYPE,
			'cache-control': 'no-store',
			...options.headers
		}
	});
}
