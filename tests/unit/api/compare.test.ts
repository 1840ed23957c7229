import { describe, expect, it } from 'vitest';
import { fallback, OPTIONS, POST } from '../../../src/routes/api/v1/compare/+server';
import { MAX_BODY_BYTES } from '../../../src/lib/server/api/limits';
import { resultsDocumentSchema } from '../../../src/lib/server/api/schemas';
import { compareScenario } from '../../../src/lib/server/api/scenario-endpoints';
import { largeScenario } from '../../../bench/scenario';
import { scenarioToDocument } from '../../../src/lib/schemas/serialize';
import {
	call,
	exampleText,
	expectedResults,
	expectProblem,
	get,
	post,
	postStream,
	streamed
} from './helpers';

const PATH = '/api/v1/compare';

describe('POST /api/v1/compare', () => {
	it.each(['agency-hours', 'childrens-trust', 'foster-placements', 'insourcing'])(
		'answers the %s example with its expected results document',
		async (name) => {
			const response = await call(POST, post(PATH, exampleText(name)));
			expect(response.status).toBe(200);
			expect(await response.json()).toStrictEqual(expectedResults(name));
		}
	);

	it('answers with JSON that matches the results schema of the OpenAPI document', async () => {
		const response = await call(POST, post(PATH, exampleText('childrens-trust')));
		expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
		expect(resultsDocumentSchema.safeParse(await response.json()).success).toBe(true);
	});

	it('lets any origin read the answer, without credentials', async () => {
		const response = await call(POST, post(PATH, exampleText('insourcing')));
		expect(response.headers.get('access-control-allow-origin')).toBe('*');
		expect(response.headers.get('access-control-allow-credentials')).toBeNull();
	});

	it('reads a body sent in chunks without a Content-Length', async () => {
		const bytes = new TextEncoder().encode(exampleText('insourcing'));
		const chunks = [bytes.subarray(0, 100), bytes.subarray(100, 101), bytes.subarray(101)];
		const response = await call(POST, postStream(PATH, streamed(chunks)));
		expect(response.status).toBe(200);
	});

	it('refuses an invalid scenario with 422 and every problem with its path and sentence', async () => {
		const document = JSON.parse(exampleText('foster-placements'));
		document.horizonYears = 0;
		document.options[0].lines[0].amuont = '1';
		const body = await expectProblem(await call(POST, post(PATH, JSON.stringify(document))), 422);
		expect(body.type).toBe('/api#problem-invalid-scenario');
		expect(body.problems?.map((problem) => problem.path)).toEqual([
			'horizonYears',
			'options[0].lines[0].amuont'
		]);
		expect(body.problems?.[1].message).toMatch(/^unknown field "amuont"/);
	});

	it('refuses JSON nested deeper than any scenario before validating it', async () => {
		const deep = '{"title":' + '['.repeat(40) + ']'.repeat(40) + '}';
		const body = await expectProblem(await call(POST, post(PATH, deep)), 422);
		expect(body.problems).toEqual([
			{
				path: `title${'[0]'.repeat(31)}`,
				message: 'is nested more than 32 levels deep; no scenario nests more than a few'
			}
		]);
	});

	it('refuses an object with more fields than any in the format before validating it', async () => {
		const wide = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`field${i}`, i]));
		const body = await expectProblem(await call(POST, post(PATH, JSON.stringify(wide))), 422);
		expect(body.problems?.[0]).toEqual({
			path: '(scenario)',
			message: 'has 1,000 fields, more than the 64 any object of the format could have'
		});
	});

	it('refuses text that is not JSON with 400 and the parser’s reason', async () => {
		const body = await expectProblem(await call(POST, post(PATH, '{"title": ')), 400);
		expect(body.detail).toMatch(/^The request body is not valid JSON \(.+\)\.$/);
	});

	it('refuses an empty body with 400', async () => {
		const body = await expectProblem(await call(POST, post(PATH, '')), 400);
		expect(body.detail).toMatch(/empty/);
	});

	it('refuses bytes that are not UTF-8 with 400', async () => {
		const body = await expectProblem(
			await call(POST, post(PATH, new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))),
			400
		);
		expect(body.detail).toBe('The request body is not valid UTF-8 text.');
	});

	it.each([
		['no content type', {}],
		['a form', { 'content-type': 'application/x-www-form-urlencoded' }],
		['plain text', { 'content-type': 'text/plain' }],
		['JSON in Latin-1', { 'content-type': 'application/json; charset=iso-8859-1' }]
	])('refuses %s with 415', async (_, headers) => {
		const body = await expectProblem(
			await call(POST, post(PATH, exampleText('insourcing'), headers)),
			415
		);
		expect(body.detail).toMatch(/UTF-8|application\/json/);
	});

	it('accepts JSON whose content type names UTF-8 in any spelling', async () => {
		const headers = { 'content-type': 'Application/JSON; Charset="UTF-8"' };
		const response = await call(POST, post(PATH, exampleText('insourcing'), headers));
		expect(response.status).toBe(200);
	});

	it('refuses a body whose Content-Length is over the limit with 413, before reading it', async () => {
		// Reading this body fails with a 400, so a 413 shows it was refused unread.
		const body = new ReadableStream<Uint8Array>({
			start(controller) {
				controller.error(new Error('must not be read'));
			}
		});
		const request = new Request(`http://api.test${PATH}`, {
			method: 'POST',
			body,
			headers: {
				'content-type': 'application/json',
				'content-length': String(MAX_BODY_BYTES + 1)
			},
			duplex: 'half'
		} as RequestInit);
		const problem = await expectProblem(await call(POST, request), 413);
		expect(problem.detail).toBe(
			'The request body is 524,289 bytes, over the limit of 512 KiB (524,288 bytes).'
		);
	});

	it('refuses a body over the limit sent without a Content-Length with 413', async () => {
		const chunk = new Uint8Array(64 * 1024).fill(0x20);
		const chunks = Array.from({ length: MAX_BODY_BYTES / chunk.length + 1 }, () => chunk);
		await expectProblem(await call(POST, postStream(PATH, streamed(chunks))), 413);
	});

	it('takes a body of exactly the limit', async () => {
		const text = exampleText('insourcing');
		const padded = text + ' '.repeat(MAX_BODY_BYTES - new TextEncoder().encode(text).length);
		const response = await call(POST, post(PATH, padded));
		expect(response.status).toBe(200);
	});

	it('maps the server’s own body-size error (adapter-node’s 413) to problem details', async () => {
		const body = new ReadableStream<Uint8Array>({
			start(controller) {
				controller.error(Object.assign(new Error('exceeded BODY_SIZE_LIMIT'), { status: 413 }));
			}
		});
		await expectProblem(await call(POST, postStream(PATH, body)), 413);
	});

	it('answers 400 when the body is cut off half-way', async () => {
		const body = new ReadableStream<Uint8Array>({
			start(controller) {
				controller.enqueue(new TextEncoder().encode('{"title"'));
				controller.error(new Error('aborted'));
			}
		});
		const problem = await expectProblem(await call(POST, postStream(PATH, body)), 400);
		expect(problem.detail).toMatch(/could not be read/);
	});

	it('stops a computation that runs past its time limit with 503 and says so', async () => {
		const big = JSON.stringify(
			scenarioToDocument(largeScenario(1, { options: 10, linesPerOption: 100, horizonYears: 100 }))
		);
		const response = await compareScenario(post(PATH, big), { timeLimitMs: 5 });
		const problem = await expectProblem(response, 503);
		expect(problem).toEqual({
			type: '/api#problem-time-limit',
			title: 'The computation took too long',
			status: 503,
			detail:
				'Working out the answer took longer than 5 ms, the time limit, so it was stopped. ' +
				'Nothing was computed.'
		});
	});

	it('keeps answering after a computation was stopped', async () => {
		const response = await call(POST, post(PATH, exampleText('insourcing')));
		expect(response.status).toBe(200);
	});
});

describe('other methods on /api/v1/compare', () => {
	it('answers a CORS preflight with the methods and headers other origins may use', async () => {
		const response = await call(
			OPTIONS,
			new Request(`http://api.test${PATH}`, { method: 'OPTIONS' })
		);
		expect(response.status).toBe(204);
		expect(Object.fromEntries(response.headers)).toMatchObject({
			'access-control-allow-origin': '*',
			'access-control-allow-methods': 'POST, OPTIONS',
			'access-control-allow-headers': 'Content-Type',
			'access-control-max-age': '86400'
		});
	});

	it('refuses GET with 405 and says which methods it takes', async () => {
		const response = await call(fallback, get(PATH));
		const problem = await expectProblem(response, 405);
		expect(response.headers.get('allow')).toBe('POST, OPTIONS');
		expect(problem.detail).toBe('This address does not take GET requests; it takes POST, OPTIONS.');
	});
});
