import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../../src/lib/schemas/json-schema';
import { openApiDocument } from '../../../src/lib/server/api/openapi';
import { PROBLEM_TYPES } from '../../../src/lib/server/api/problem';
import * as route from '../../../src/routes/api/v1/openapi.json/+server';
import { call, get, ORIGIN } from './helpers';

type Json = Record<string, unknown>;

const ROUTES = fileURLToPath(new URL('../../../src/routes', import.meta.url));
const API_ROUTES = `${ROUTES}/api/v1`;

const document = openApiDocument(ORIGIN) as Json & {
	paths: Record<string, Record<string, Json>>;
	components: { schemas: Record<string, Json> };
};

/** Every `$ref` in `value`. */
function references(value: unknown): string[] {
	if (Array.isArray(value)) return value.flatMap(references);
	if (typeof value !== 'object' || value === null) return [];
	return Object.entries(value).flatMap(([key, inner]) =>
		key === '$ref' && typeof inner === 'string' ? [inner] : references(inner)
	);
}

/** The address of every +server.ts under src/routes/api/v1, with [x] written {x}. */
function serverRoutes(folder: string, prefix = '/api/v1'): string[] {
	const found: string[] = existsSync(`${folder}/+server.ts`) ? [prefix] : [];
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		if (!entry.isDirectory()) continue;
		const segment = entry.name.replace(/^\[(.+)\]$/, '{$1}');
		found.push(...serverRoutes(`${folder}/${entry.name}`, `${prefix}/${segment}`));
	}
	return found;
}

describe('openApiDocument', () => {
	it('is OpenAPI 3.1 with JSON Schema 2020-12 and this server', () => {
		expect(document).toMatchObject({
			openapi: '3.1.0',
			jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
			servers: [{ url: ORIGIN }]
		});
	});

	it('describes every address the API has, and no other', () => {
		expect(Object.keys(document.paths).sort()).toEqual(serverRoutes(API_ROUTES).sort());
	});

	it('has every reference resolve to a schema of its own components', () => {
		const names = Object.keys(document.components.schemas);
		const targets = new Set(references(document));
		expect(targets.size).toBeGreaterThan(5);
		for (const target of targets) {
			expect(names.map((name) => `#/components/schemas/${name}`)).toContain(target);
		}
	});

	it('takes the scenario schema from the validator’s own JSON Schema', () => {
		const { $defs, $schema, $id, ...scenario } = scenarioJsonSchema() as Json;
		expect($schema).toBeDefined();
		expect($id).toBeDefined();
		const moved = JSON.parse(
			JSON.stringify(scenario).replaceAll('"#/$defs/', '"#/components/schemas/')
		);
		expect(document.components.schemas.Scenario).toEqual(moved);
		for (const name of Object.keys($defs as Json)) {
			expect(document.components.schemas).toHaveProperty(name);
		}
	});

	it('keeps no stand-alone $schema or $id inside a component', () => {
		for (const schema of Object.values(document.components.schemas)) {
			expect(schema).not.toHaveProperty('$schema');
			expect(schema).not.toHaveProperty('$id');
		}
	});

	it('describes every error of the scenario endpoints as problem details', () => {
		const compare = document.paths['/api/v1/compare'].post as { responses: Json };
		expect(Object.keys(compare.responses).sort()).toEqual([
			'200',
			'400',
			'413',
			'415',
			'422',
			'503'
		]);
		expect(compare.responses['422']).toEqual({
			description: `${PROBLEM_TYPES['invalid-scenario'].title}. ${PROBLEM_TYPES['invalid-scenario'].explanation}`,
			content: {
				'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } }
			}
		});
	});

	it('gives every operation a unique id', () => {
		const ids = Object.values(document.paths)
			.flatMap((operations) => Object.values(operations))
			.map((operation) => operation.operationId)
			.filter((id) => id !== undefined);
		expect(new Set(ids).size).toBe(ids.length);
	});
});

describe('GET /api/v1/openapi.json', () => {
	it('serves the document for the host it was asked on', async () => {
		const response = await call(route.GET, get('/api/v1/openapi.json'));
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual(JSON.parse(JSON.stringify(document)));
	});
});
