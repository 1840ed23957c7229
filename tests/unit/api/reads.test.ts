import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../../src/lib/presets';
import { scenarioJsonSchema } from '../../../src/lib/schemas/json-schema';
import { parseScenario } from '../../../src/lib/schemas/scenario';
import { presetListSchema, presetSchema } from '../../../src/lib/server/api/schemas';
import * as presetList from '../../../src/routes/api/v1/presets/+server';
import * as presetDetail from '../../../src/routes/api/v1/presets/[id]/+server';
import * as schema from '../../../src/routes/api/v1/schema/+server';
import * as unknownAddress from '../../../src/routes/api/[...rest]/+server';
import * as health from '../../../src/routes/healthz/+server';
import { call, expectProblem, get, post } from './helpers';

describe('GET /api/v1/presets', () => {
	it('lists every preset with its id, title, summary and address', async () => {
		const response = await call(presetList.GET, get('/api/v1/presets'));
		expect(response.status).toBe(200);
		const body = presetListSchema.parse(await response.json());
		expect(body.presets).toEqual(
			PRESETS.map(({ id, title, summary }) => ({
				id,
				title,
				summary,
				href: `/api/v1/presets/${id}`
			}))
		);
	});

	it('may be cached for five minutes and read from any origin', async () => {
		const response = await call(presetList.GET, get('/api/v1/presets'));
		expect(response.headers.get('cache-control')).toBe('public, max-age=300');
		expect(response.headers.get('access-control-allow-origin')).toBe('*');
	});
});

describe('GET /api/v1/presets/{id}', () => {
	it.each(PRESETS.map((preset) => [preset.id]))(
		'gives preset %s with a scenario document the validator accepts',
		async (id) => {
			const response = await call(presetDetail.GET, get(`/api/v1/presets/${id}`), { id });
			expect(response.status).toBe(200);
			const body = presetSchema.parse(await response.json());
			expect(body.id).toBe(id);
			expect(parseScenario(body.document).ok).toBe(true);
		}
	);

	it('answers an unknown id with 404 problem details that name it', async () => {
		const id = 'no-such-preset';
		const response = await call(presetDetail.GET, get(`/api/v1/presets/${id}`), { id });
		const problem = await expectProblem(response, 404);
		expect(problem.detail).toBe(
			'There is no preset with the id "no-such-preset"; GET /api/v1/presets lists them.'
		);
	});

	it('refuses POST with 405', async () => {
		await expectProblem(await call(presetDetail.fallback, post('/api/v1/presets/x', '{}')), 405);
	});
});

describe('GET /api/v1/schema', () => {
	it('gives the scenario JSON Schema as application/schema+json', async () => {
		const response = await call(schema.GET, get('/api/v1/schema'));
		expect(response.headers.get('content-type')).toBe('application/schema+json; charset=utf-8');
		expect(await response.json()).toEqual(scenarioJsonSchema());
	});
});

describe('any other address under /api', () => {
	it.each(['GET', 'POST', 'DELETE'])('answers %s with 404 problem details', async (method) => {
		const response = await call(unknownAddress.fallback, get('/api/v2/compare', method));
		const problem = await expectProblem(response, 404);
		expect(problem.detail).toBe(
			'There is no API at /api/v2/compare; /api/v1/openapi.json lists every address.'
		);
	});
});

describe('GET /healthz', () => {
	it('answers 200 with a status that is never cached', async () => {
		const response = await call(health.GET, get('/healthz'));
		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(await response.json()).toMatchObject({ status: 'ok' });
	});
});
