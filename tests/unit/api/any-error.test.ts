import { describe, expect, it } from 'vitest';
import { asApiProblem } from '../../../src/lib/server/api/any-error';

const html = (status: number): Response =>
	new Response('<!doctype html><p>Malformed URI</p>', {
		status,
		headers: { 'content-type': 'text/html' }
	});

describe('asApiProblem', () => {
	it('turns SvelteKit’s HTML 400 for a malformed API address into problem details', async () => {
		const response = asApiProblem(html(400), new URL('http://x/api/v1/presets/%ZZ'));
		expect(response.status).toBe(400);
		expect(response.headers.get('content-type')).toBe('application/problem+json');
		expect(await response.json()).toMatchObject({
			type: '/api#problem-bad-address',
			status: 400,
			title: 'The address cannot be read'
		});
	});

	it('gives a 404 and any other HTML error under /api/ as problem details', async () => {
		const missing = asApiProblem(html(404), new URL('http://x/api/v2'));
		expect(await missing.json()).toMatchObject({ type: '/api#problem-not-found', status: 404 });
		const broken = asApiProblem(html(500), new URL('http://x/api/v1/compare'));
		expect(await broken.json()).toMatchObject({ type: '/api#problem-internal-error', status: 500 });
	});

	it('leaves pages, successes and problem details as they are', () => {
		const page = html(400);
		expect(asApiProblem(page, new URL('http://x/compare?s=%ZZ'))).toBe(page);
		const ok = new Response('{}', { status: 200 });
		expect(asApiProblem(ok, new URL('http://x/api/v1/presets'))).toBe(ok);
		const problem = new Response('{}', {
			status: 422,
			headers: { 'content-type': 'application/problem+json' }
		});
		expect(asApiProblem(problem, new URL('http://x/api/v1/compare'))).toBe(problem);
	});
});
