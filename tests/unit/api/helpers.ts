/**
 * Calling the API's route handlers directly, as SvelteKit would, with a real Request: no
 * server, so the tests are fast and see exactly what the handler returns.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { PROBLEM_CONTENT_TYPE } from '../../../src/lib/server/api/problem';
import { problemDetailsSchema } from '../../../src/lib/server/api/schemas';

/** The host the requests are addressed to; any would do. */
export const ORIGIN = 'http://api.test';

/** A route handler as a test calls it: only the parts of the event ours read. */
type Handler = (event: never) => Response | Promise<Response>;

/** Calls `handler` with `request`, and `params` for a route with parameters. */
export async function call(
	handler: Handler,
	request: Request,
	params: Record<string, string> = {}
): Promise<Response> {
	const event = { request, url: new URL(request.url), params };
	return await (handler as unknown as (event: unknown) => Promise<Response>)(event);
}

/** A POST of `body` to `path`, as JSON unless `headers` say otherwise. */
export function post(
	path: string,
	body: BodyInit | null,
	headers: Record<string, string> = { 'content-type': 'application/json' }
): Request {
	return new Request(`${ORIGIN}${path}`, { method: 'POST', body, headers });
}

/** A GET of `path`. */
export function get(path: string, method = 'GET'): Request {
	return new Request(`${ORIGIN}${path}`, { method });
}

/** A body sent in chunks with no Content-Length, as a client streaming it would. */
export function streamed(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
	return new ReadableStream({
		start(controller) {
			for (const chunk of chunks) controller.enqueue(chunk);
			controller.close();
		}
	});
}

/** A streamed POST, which `fetch` semantics require to say it is half-duplex. */
export function postStream(path: string, body: ReadableStream<Uint8Array>): Request {
	return new Request(`${ORIGIN}${path}`, {
		method: 'POST',
		body,
		headers: { 'content-type': 'application/json' },
		duplex: 'half'
	} as RequestInit);
}

/** A worked example's scenario document as JSON text. */
export function exampleText(name: string): string {
	return readFileSync(
		fileURLToPath(new URL(`../../fixtures/examples/${name}.json`, import.meta.url)),
		'utf8'
	);
}

/** A worked example's expected results document. */
export function expectedResults(name: string): unknown {
	return JSON.parse(
		readFileSync(
			fileURLToPath(new URL(`../../fixtures/examples/${name}.expected.json`, import.meta.url)),
			'utf8'
		)
	);
}

/**
 * Checks `response` is problem details with `status`, and gives its body. Every error must
 * have a type, a title, the status and a sentence, and never a stack trace.
 */
export async function expectProblem(
	response: Response,
	status: number
): Promise<ReturnType<typeof problemDetailsSchema.parse>> {
	expect(response.status).toBe(status);
	expect(response.headers.get('content-type')).toBe(PROBLEM_CONTENT_TYPE);
	expect(response.headers.get('access-control-allow-origin')).toBe('*');
	const text = await response.text();
	expect(text).not.toMatch(/\n\s+at |\.ts:\d+|node:internal/);
	const body = problemDetailsSchema.parse(JSON.parse(text));
	expect(body.status).toBe(status);
	expect(body.type).toMatch(/^\/api#problem-[a-z-]+$/);
	expect(body.detail).toMatch(/^[A-Z].*\.$/s);
	return body;
}
