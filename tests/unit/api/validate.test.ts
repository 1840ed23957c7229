import { describe, expect, it } from 'vitest';
import { OPTIONS, POST } from '../../../src/routes/api/v1/validate/+server';
import { validationResultSchema } from '../../../src/lib/server/api/schemas';
import { call, exampleText, expectProblem, post } from './helpers';

const PATH = '/api/v1/validate';

async function validate(body: string): Promise<unknown> {
	const response = await call(POST, post(PATH, body));
	expect(response.status).toBe(200);
	return validationResultSchema.parse(await response.json());
}

describe('POST /api/v1/validate', () => {
	it('says a valid scenario is valid, with no problems', async () => {
		expect(await validate(exampleText('childrens-trust'))).toEqual({ valid: true, problems: [] });
	});

	it('lists every problem of an invalid scenario, each with its path and sentence', async () => {
		const document = JSON.parse(exampleText('foster-placements'));
		document.horizonYears = 101;
		document.baseline = 'nobody';
		expect(await validate(JSON.stringify(document))).toEqual({
			valid: false,
			problems: [
				{ path: 'horizonYears', message: 'must be a whole number from 1 to 100 (got 101)' },
				{
					path: 'baseline',
					message: 'no option "nobody" (the options are "in-house" and "agency")'
				}
			]
		});
	});

	it('gives the shape check’s problem for JSON no scenario could be', async () => {
		expect(await validate('['.repeat(40) + ']'.repeat(40))).toMatchObject({
			valid: false,
			problems: [{ message: expect.stringMatching(/^is nested more than 32 levels deep/) }]
		});
	});

	it('refuses text that is not JSON with 400, not as a validation', async () => {
		await expectProblem(await call(POST, post(PATH, 'not json')), 400);
	});

	it('refuses a wrong content type with 415', async () => {
		const request = post(PATH, exampleText('insourcing'), { 'content-type': 'text/csv' });
		const problem = await expectProblem(await call(POST, request), 415);
		expect(problem.detail).toBe(
			'The request body is sent as "text/csv"; send the scenario as application/json.'
		);
	});

	it('answers a CORS preflight', async () => {
		const response = await call(
			OPTIONS,
			new Request(`http://api.test${PATH}`, { method: 'OPTIONS' })
		);
		expect(response.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');
	});
});
