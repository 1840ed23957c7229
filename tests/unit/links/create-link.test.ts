import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/lib/schemas/scenario';
import { scenarioToDocument } from '../../../src/lib/schemas/serialize';
import { createLink } from '../../../src/lib/server/links/create-link';
import { candidateIds, canonicalText } from '../../../src/lib/server/links/link-id';
import { LinkKeeper } from '../../../src/lib/server/links/links';
import { TokenBuckets } from '../../../src/lib/server/links/rate-limit';
import { EXAMPLE_INVALID_SCENARIO, EXAMPLE_SCENARIO } from '../../../src/routes/api/examples';
import { expectProblem, exampleText, ORIGIN, post } from '../api/helpers';

/** POST /api/v1/links, called as the route calls it, against an SQLite store of its own. */

let folder: string;
let links: LinkKeeper;
let limiter: TokenBuckets;

beforeEach(() => {
	folder = mkdtempSync(join(tmpdir(), 'links-api-'));
	links = new LinkKeeper({ kind: 'sqlite', file: join(folder, 'links.sqlite') });
	limiter = new TokenBuckets({ burst: 3, perMinute: 1 });
});

afterEach(async () => {
	await links.close();
	rmSync(folder, { recursive: true, force: true });
});

function send(body: BodyInit, client = '203.0.113.9', headers?: Record<string, string>) {
	return createLink(post('/api/v1/links', body, headers), {
		links,
		limiter,
		client,
		linkUrl: (id) => `${ORIGIN}/s/${id}`
	});
}

const EXAMPLE_TEXT = JSON.stringify(EXAMPLE_SCENARIO);

/** The example written another way: every default spelt out, fields reversed, indented. */
function rewritten(): string {
	const parsed = parseScenario(EXAMPLE_SCENARIO);
	if (!parsed.ok) throw new Error('The example must be valid.');
	const document = scenarioToDocument(parsed.scenario);
	return JSON.stringify(Object.fromEntries(Object.entries(document).reverse()), null, '\t');
}

describe('POST /api/v1/links', () => {
	it('keeps a new scenario: 201, its id and short link, and a Location header', async () => {
		const response = await send(EXAMPLE_TEXT);
		const body = await response.json();
		expect(response.status).toBe(201);
		expect(body).toEqual({
			id: expect.stringMatching(/^[0-9A-Za-z]{8}$/),
			url: `${ORIGIN}/s/${body.id}`
		});
		expect(response.headers.get('location')).toBe(body.url);
		expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
		expect(response.headers.get('access-control-allow-origin')).toBe('*');
	});

	it('answers 200 with the same link for a scenario already kept', async () => {
		const first = await (await send(EXAMPLE_TEXT)).json();
		const again = await send(EXAMPLE_TEXT);
		expect([again.status, await again.json(), again.headers.get('location')]).toEqual([
			200,
			first,
			null
		]);
	});

	it('gives the same id however the JSON was written', async () => {
		const first = await (await send(EXAMPLE_TEXT)).json();
		const other = await send(rewritten());
		expect([other.status, (await other.json()).id]).toEqual([200, first.id]);
	});

	it('gives an edited scenario a new id', async () => {
		const first = await (await send(EXAMPLE_TEXT)).json();
		const edited = await send(JSON.stringify({ ...EXAMPLE_SCENARIO, title: 'Office cleaning 2' }));
		const body = await edited.json();
		expect([edited.status, body.id === first.id]).toEqual([201, false]);
	});

	it('keeps the canonical document under an id made from its hash', async () => {
		const { id } = await (await send(rewritten())).json();
		const parsed = parseScenario(EXAMPLE_SCENARIO);
		if (!parsed.ok) throw new Error('The example must be valid.');
		const text = canonicalText(parsed.scenario);
		expect([id, await links.find(id)]).toEqual([candidateIds(text)[0], text]);
	});

	it('lengthens the id by one character when another scenario holds it', async () => {
		const parsed = parseScenario(EXAMPLE_SCENARIO);
		if (!parsed.ok) throw new Error('The example must be valid.');
		const [short, longer] = candidateIds(canonicalText(parsed.scenario));
		await (await links.store()).put(short, '{"another":"scenario"}');
		const response = await send(EXAMPLE_TEXT);
		expect([response.status, (await response.json()).id]).toEqual([201, longer]);
		const again = await send(EXAMPLE_TEXT);
		expect([again.status, (await again.json()).id]).toEqual([200, longer]);
	});

	it('keeps a worked example as the product writes it', async () => {
		const response = await send(exampleText('childrens-trust'));
		expect(response.status).toBe(201);
	});

	it('refuses a body that is not JSON with 400', async () => {
		const body = await expectProblem(await send('{"format": '), 400);
		expect(body.type).toBe('/api#problem-invalid-json');
	});

	it('refuses a body over the limit with 413, before reading it', async () => {
		const response = await send('{}', undefined, {
			'content-type': 'application/json',
			'content-length': String(600 * 1024)
		});
		const body = await expectProblem(response, 413);
		expect(body.detail).toBe(
			'The request body is 614,400 bytes, over the limit of 512 KiB (524,288 bytes).'
		);
	});

	it('refuses a form-typed body with 415', async () => {
		await expectProblem(
			await send(EXAMPLE_TEXT, undefined, { 'content-type': 'application/x-www-form-urlencoded' }),
			415
		);
	});

	it('refuses an invalid scenario with 422 and every problem, keeping nothing', async () => {
		const body = await expectProblem(await send(JSON.stringify(EXAMPLE_INVALID_SCENARIO)), 422);
		expect(body.problems?.map((problem) => problem.path)).toEqual([
			'horizonYears',
			'options[0].lines[0].per'
		]);
		expect((await links.health()).links).toBe(0);
	});

	it('refuses a client past its allowance of new links with 429 and Retry-After', async () => {
		for (let i = 1; i <= 3; i++) {
			const response = await send(JSON.stringify({ ...EXAMPLE_SCENARIO, title: `Cleaning ${i}` }));
			expect(response.status).toBe(201);
		}
		const refused = await send(JSON.stringify({ ...EXAMPLE_SCENARIO, title: 'Cleaning 4' }));
		const body = await expectProblem(refused, 429);
		expect([body.type, refused.headers.get('retry-after'), body.detail]).toEqual([
			'/api#problem-rate-limited',
			'60',
			'This client has made too many new links in a short time; try again in 60 seconds. Nothing was kept.'
		]);
		expect(refused.headers.get('access-control-expose-headers')).toContain('Retry-After');
		const elsewhere = await send(
			JSON.stringify({ ...EXAMPLE_SCENARIO, title: 'Cleaning 4' }),
			'198.51.100.1'
		);
		expect(elsewhere.status).toBe(201);
	});

	it('never counts asking again for a kept link against the allowance', async () => {
		for (let i = 0; i < 10; i++)
			expect((await send(EXAMPLE_TEXT)).status).toBe(i === 0 ? 201 : 200);
		expect(limiter.wait('203.0.113.9')).toBe(0);
	});

	it('answers 503 when the store cannot be reached, keeping the reason from the client', async () => {
		const broken = new LinkKeeper({ kind: 'postgresql', connectionString: 'x' }, () =>
			Promise.reject(new Error('connect ECONNREFUSED 10.0.0.5:5432 password=secret'))
		);
		const response = await createLink(post('/api/v1/links', EXAMPLE_TEXT), {
			links: broken,
			limiter,
			client: 'a',
			linkUrl: (id) => id
		});
		const text = await response.clone().text();
		await expectProblem(response, 503);
		expect([text.includes('ECONNREFUSED'), response.headers.get('retry-after')]).toEqual([
			false,
			'60'
		]);
		expect(await broken.health()).toEqual({ kind: 'postgresql', links: null, available: false });
	});
});
