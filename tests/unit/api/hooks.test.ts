import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { handle, handleError } from '../../../src/hooks.server';
import { loggedPath } from '../../../src/lib/server/http/request-log';
import { NOT_A_PAGE_POLICY } from '../../../src/lib/server/http/security-headers';

const ORIGIN = 'https://compare.test';
const PAGE_POLICY = "default-src 'self'; script-src 'self' 'sha256-abc'";

let stdout: MockInstance;
let stderr: MockInstance;

beforeEach(() => {
	stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
	stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});

afterEach(() => {
	vi.restoreAllMocks();
});

/** A page as SvelteKit renders it: HTML with its hashed script policy. */
function page(status = 200): Response {
	return new Response('<!doctype html>', {
		status,
		headers: { 'content-type': 'text/html', 'content-security-policy': PAGE_POLICY }
	});
}

function json(): Response {
	return new Response('{}', { headers: { 'content-type': 'application/json' } });
}

/** Runs the hook for `path`, with `answer` as what the route gives. */
async function through(
	path: string,
	answer: () => Response | Promise<Response>,
	init: RequestInit = {}
): Promise<Response> {
	const request = new Request(`${ORIGIN}${path}`, init);
	const event = { request, url: new URL(request.url) };
	const resolve = vi.fn(async () => await answer());
	return await handle({ event, resolve } as unknown as Parameters<typeof handle>[0]);
}

function logLines(): Record<string, unknown>[] {
	return stdout.mock.calls.map(([line]) => JSON.parse(String(line)));
}

describe('handle: security headers', () => {
	it.each(['/', '/compare', '/methodology', '/api', '/report', '/compare/card.png'])(
		'forbids every site to frame %s',
		async (path) => {
			const response = await through(path, () => page());
			expect(response.headers.get('content-security-policy')).toBe(
				`${PAGE_POLICY}; frame-ancestors 'none'`
			);
			expect(response.headers.get('x-frame-options')).toBe('DENY');
		}
	);

	it.each(['/embed', '/embed/'])('lets other sites frame %s', async (path) => {
		const response = await through(path, () => page());
		expect(response.headers.get('content-security-policy')).toBe(PAGE_POLICY);
		expect(response.headers.get('x-frame-options')).toBeNull();
	});

	it('does not mistake a path that only starts with the same letters for the embed', async () => {
		const response = await through('/embedded', () => page());
		expect(response.headers.get('x-frame-options')).toBe('DENY');
	});

	it('gives answers that are not pages a policy that loads and runs nothing', async () => {
		const response = await through('/api/v1/presets', json);
		expect(response.headers.get('content-security-policy')).toBe(NOT_A_PAGE_POLICY);
	});

	it('sets nosniff, a referrer policy that keeps the query at home, and the opener policy', async () => {
		const response = await through('/compare?s=1.abc', () => page());
		expect(Object.fromEntries(response.headers)).toMatchObject({
			'x-content-type-options': 'nosniff',
			'referrer-policy': 'strict-origin',
			'cross-origin-opener-policy': 'same-origin'
		});
	});

	it('sets HSTS over HTTPS only', async () => {
		const secure = await through('/', () => page());
		expect(secure.headers.get('strict-transport-security')).toBe('max-age=31536000');
		const request = new Request('http://compare.test/');
		const event = { request, url: new URL(request.url) };
		const plain = await handle({
			event,
			resolve: async () => page()
		} as unknown as Parameters<typeof handle>[0]);
		expect(plain.headers.get('strict-transport-security')).toBeNull();
	});

	it('copies a response whose headers cannot be changed', async () => {
		const immutable = Response.redirect(`${ORIGIN}/compare`, 303);
		expect(() => immutable.headers.set('x', 'y')).toThrow();
		const response = await through('/', () => immutable);
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe(`${ORIGIN}/compare`);
		expect(response.headers.get('x-frame-options')).toBe('DENY');
	});
});

describe('handle: cross-site forms', () => {
	const form = (origin: string | undefined): RequestInit => ({
		method: 'POST',
		body: 'a=1',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			...(origin === undefined ? {} : { origin })
		}
	});

	it('refuses a form posted to a page from another site, as SvelteKit would', async () => {
		const response = await through('/compare', () => page(), form('https://evil.test'));
		expect(response.status).toBe(403);
		expect(await response.text()).toBe('Cross-site POST form submissions are forbidden');
	});

	it('refuses a form posted to a page with no origin at all', async () => {
		expect((await through('/compare', () => page(), form(undefined))).status).toBe(403);
	});

	it('lets a form from this site through', async () => {
		expect((await through('/compare', () => page(), form(ORIGIN))).status).toBe(200);
	});

	it('lets the API answer a form-typed body itself (with its 415)', async () => {
		const response = await through('/api/v1/compare', json, form('https://evil.test'));
		expect(response.status).toBe(200);
	});
});

describe('handle: request log', () => {
	it('writes one JSON line per request with method, path, status and duration', async () => {
		await through('/methodology', () => page(404));
		const lines = logLines();
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatchObject({
			level: 'info',
			method: 'GET',
			path: '/methodology',
			status: 404,
			durationMs: expect.any(Number)
		});
		expect(String(stdout.mock.calls[0][0])).toMatch(/^\{.*\}\n$/);
	});

	it('never writes the share link’s scenario', async () => {
		const scenario = '1.q1ZKy8xJVbJSSi7KLy1OTVEqzsgvykvMS1GqBQA';
		await through(`/compare?s=${scenario}&print=1`, () => page());
		const [line] = logLines();
		expect(line.path).toBe(`/compare?s=<${scenario.length} chars>&print=1`);
		expect(String(stdout.mock.calls[0][0])).not.toContain(scenario);
	});

	it('logs a request whose route threw, as a 500, and lets the error through', async () => {
		await expect(
			through('/compare', () => {
				throw new Error('boom');
			})
		).rejects.toThrow('boom');
		expect(logLines()[0]).toMatchObject({ status: 500 });
	});
});

describe('loggedPath', () => {
	it('cuts an address longer than 500 characters', () => {
		const path = loggedPath(new URL(`${ORIGIN}/${'a'.repeat(1000)}`));
		expect(path).toHaveLength(501);
		expect(path.endsWith('…')).toBe(true);
	});
});

describe('handleError', () => {
	const event = {
		request: new Request(`${ORIGIN}/compare?s=secret`),
		url: new URL(`${ORIGIN}/compare?s=secret`)
	};
	const call = (status: number, message: string) =>
		handleError({
			error: new Error('database password is hunter2'),
			event,
			status,
			message
		} as never);

	it('tells the visitor nothing of an unexpected error', () => {
		expect(call(500, 'Internal Error')).toEqual({ message: 'Internal Error' });
	});

	it('logs the whole error, with its stack, on standard error, without the query', () => {
		call(500, 'Internal Error');
		const line = JSON.parse(String(stderr.mock.calls[0][0]));
		expect(line).toMatchObject({
			level: 'error',
			path: '/compare',
			error: 'Error',
			message: 'database password is hunter2',
			stack: expect.stringContaining('hooks.test.ts')
		});
		expect(String(stderr.mock.calls[0][0])).not.toContain('secret');
	});

	it('passes on the message of an expected error such as not found, without logging it', () => {
		expect(call(404, 'Not Found')).toEqual({ message: 'Not Found' });
		expect(stderr).not.toHaveBeenCalled();
	});
});
