import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../../../src/lib/server/api/openapi';
import { siteLinks } from '../../../src/lib/server/links/links';
import * as links from '../../../src/routes/api/v1/links/+server';
import * as health from '../../../src/routes/healthz/+server';
import { EXAMPLE_SCENARIO } from '../../../src/routes/api/examples';
import { get, ORIGIN, post } from '../api/helpers';

/** The routes as SvelteKit calls them, on the site's own store (an SQLite file in DATA_DIR). */

let folder: string;

beforeAll(() => {
	folder = mkdtempSync(join(tmpdir(), 'links-routes-'));
	process.env.DATA_DIR = folder;
});

afterAll(async () => {
	await siteLinks().close();
	rmSync(folder, { recursive: true, force: true });
});

function call(handler: unknown, request: Request): Promise<Response> {
	const event = {
		request,
		url: new URL(request.url),
		params: {},
		getClientAddress: () => '192.0.2.1'
	};
	return (handler as (event: unknown) => Promise<Response>)(event);
}

describe('the routes of short links', () => {
	it('report an empty store at /healthz before any link is made, never cached', async () => {
		const response = await call(health.GET, get('/healthz'));
		expect([response.status, response.headers.get('cache-control'), await response.json()]).toEqual(
			[200, 'no-store', { status: 'ok', links: { kind: 'sqlite', links: 0, available: true } }]
		);
	});

	it('keep a scenario in DATA_DIR and answer with its address on this host', async () => {
		const response = await call(
			links.POST,
			post('/api/v1/links', JSON.stringify(EXAMPLE_SCENARIO))
		);
		const body = await response.json();
		expect([response.status, body.url]).toEqual([201, `${ORIGIN}/s/${body.id}`]);
	});

	it('count the new link at /healthz at once, without counting the store again', async () => {
		const response = await call(health.GET, get('/healthz'));
		expect((await response.json()).links.links).toBe(1);
	});

	it('answer other methods with 405 and preflights with 204', async () => {
		const refused = await call(links.fallback, get('/api/v1/links'));
		const preflight = await call(links.OPTIONS, get('/api/v1/links', 'OPTIONS'));
		expect([refused.status, refused.headers.get('allow'), preflight.status]).toEqual([
			405,
			'POST, OPTIONS',
			204
		]);
	});
});

describe('the OpenAPI document', () => {
	it('describes POST /api/v1/links with each answer it gives', () => {
		const document = openApiDocument(ORIGIN) as {
			paths: Record<string, { post?: { responses: Record<string, { description: string }> } }>;
		};
		const responses = document.paths['/api/v1/links'].post?.responses ?? {};
		expect(Object.keys(responses).sort()).toEqual([
			'200',
			'201',
			'400',
			'413',
			'415',
			'422',
			'429',
			'503'
		]);
		expect(responses['503'].description).toContain('Links cannot be kept just now');
		expect(responses['503'].description).toContain('The computation took too long');
	});
});
