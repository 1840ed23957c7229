import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../../src/lib/server/api/limits';
import { PROBLEM_CONTENT_TYPE } from '../../../src/lib/server/api/problem';
import {
	problemDetailsSchema,
	resultsDocumentSchema,
	validationResultSchema
} from '../../../src/lib/server/api/schemas';
import * as compare from '../../../src/routes/api/v1/compare/+server';
import * as validate from '../../../src/routes/api/v1/validate/+server';
import { arbScenarioDocument } from '../../fixtures/arbitraries';
import { call } from '../api/helpers';
import {
	arbHostileJson,
	arbMutations,
	EXTREME_NUMBER_TEXTS,
	expectExplained,
	expectPrototypeClean,
	mutateAll,
	runs,
	timeoutFor,
	toJsonText
} from './support';

/**
 * The API's scenario endpoints, fuzzed through their route handlers with real Requests:
 * valid, mutated and hostile documents, text that is not JSON, bytes that are not UTF-8,
 * nesting deeper than any parser should see, wrong and odd content types, declared sizes over
 * the limit and bodies streamed in pieces. Every request must get an answer of the promised
 * kind: the results or the validation, or problem details whose problems each have a path and
 * a sentence; never a 5xx, never a stack trace.
 */

const encoder = new TextEncoder();

/** A request body as bytes. */
const arbBody: fc.Arbitrary<Uint8Array> = fc.oneof(
	arbScenarioDocument.map((document) => encoder.encode(JSON.stringify(document))),
	fc
		.tuple(arbScenarioDocument, arbMutations)
		.map(([document, mutations]) => encoder.encode(toJsonText(mutateAll(document, mutations)))),
	arbHostileJson.map((value) => encoder.encode(toJsonText(value))),
	fc.string({ unit: 'binary', maxLength: 200 }).map((text) => encoder.encode(text)),
	fc.uint8Array({ maxLength: 300 }),
	fc.tuple(arbScenarioDocument, fc.nat()).map(([document, at]) => {
		const text = JSON.stringify(document);
		return encoder.encode(text.slice(0, at % text.length));
	}),
	fc
		.integer({ min: 1, max: 100_000 })
		.map((depth) => encoder.encode('['.repeat(depth) + ']'.repeat(depth))),
	fc
		.constantFrom(...EXTREME_NUMBER_TEXTS)
		.map((number) => encoder.encode(`{"horizonYears": ${number}, "version": ${number}}`)),
	arbScenarioDocument.map((document) => encoder.encode(`\uFEFF${JSON.stringify(document)}`))
);

const arbContentType = fc.oneof(
	{ weight: 6, arbitrary: fc.constant('application/json') },
	fc.constantFrom(
		'application/json; charset=utf-8',
		'APPLICATION/JSON; CHARSET=UTF8',
		'application/json; charset=latin1',
		'application/jsonx',
		'application/problem+json',
		'text/plain',
		'application/x-www-form-urlencoded',
		'multipart/form-data; boundary=x',
		'',
		undefined
	)
);

/** How the body travels: whole, with its length; in pieces with none; or claiming too much. */
const arbDelivery = fc.constantFrom('whole', 'streamed', 'oversized');

function request(
	path: string,
	body: Uint8Array,
	contentType: string | undefined,
	delivery: string
): Request {
	const headers: Record<string, string> = {};
	if (contentType !== undefined) headers['content-type'] = contentType;
	if (delivery === 'oversized') headers['content-length'] = String(MAX_BODY_BYTES + 1);
	const init: RequestInit & { duplex?: 'half' } = { method: 'POST', headers };
	if (delivery === 'whole') init.body = new Uint8Array(body);
	else {
		init.duplex = 'half';
		init.body = new ReadableStream({
			start(controller) {
				// A few odd-sized pieces, then the rest in kibibytes.
				const cuts = [
					0,
					1,
					8,
					9,
					...Array.from({ length: Math.ceil(body.length / 1024) }, (_, i) => 9 + (i + 1) * 1024)
				];
				for (let index = 0; index < cuts.length && cuts[index] < body.length; index++) {
					controller.enqueue(body.subarray(cuts[index], cuts[index + 1]));
				}
				controller.close();
			}
		});
	}
	return new Request(`http://api.test${path}`, init);
}

/** Checks `response` is what the endpoint promises, and gives its body. */
async function expectPromisedAnswer(
	response: Response,
	kind: 'compare' | 'validate'
): Promise<unknown> {
	expect(response.headers.get('access-control-allow-origin')).toBe('*');
	const text = await response.text();
	expect(text).not.toMatch(/\n\s+at |node:internal|\.ts:\d+/);
	const body: unknown = JSON.parse(text);
	if (response.status === 200) {
		expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
		const schema = kind === 'compare' ? resultsDocumentSchema : validationResultSchema;
		expect(schema.safeParse(body).success).toBe(true);
		if (kind === 'validate') {
			validationResultSchema.parse(body).problems.forEach(expectExplained);
		}
		return body;
	}
	expect([400, 413, 415, 422]).toContain(response.status);
	expect(response.headers.get('content-type')).toBe(PROBLEM_CONTENT_TYPE);
	const problem = problemDetailsSchema.parse(body);
	expect(problem.status).toBe(response.status);
	expect(problem.detail).toMatch(/^[A-Z].*\.$/s);
	if (response.status === 422) {
		expect(problem.problems?.length).toBeGreaterThan(0);
		problem.problems?.forEach(expectExplained);
	}
	return body;
}

const REQUEST_RUNS = 2_500;

describe('POST /api/v1/compare and /api/v1/validate, fuzzed', () => {
	afterAll(expectPrototypeClean);

	it(
		`answer every request as promised (${REQUEST_RUNS} cases, two requests each)`,
		async () => {
			await fc.assert(
				fc.asyncProperty(arbBody, arbContentType, arbDelivery, async (body, type, delivery) => {
					const compared = await call(
						compare.POST,
						request('/api/v1/compare', body, type, delivery)
					);
					await expectPromisedAnswer(compared, 'compare');
					const validated = await call(
						validate.POST,
						request('/api/v1/validate', body, type, delivery)
					);
					const validation = await expectPromisedAnswer(validated, 'validate');
					// The two agree: compare computes exactly what validate accepts.
					const valid = validated.status === 200 && validationResultSchema.parse(validation).valid;
					expect(compared.status === 200).toBe(valid);
				}),
				runs(REQUEST_RUNS)
			);
		},
		timeoutFor(REQUEST_RUNS, 4)
	);
});
