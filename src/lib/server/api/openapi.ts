import { z } from 'zod';
import { scenarioJsonSchema } from '$lib/schemas/json-schema';
import { MAX_BODY_BYTES, MAX_BODY_WORDS, COMPUTE_TIME_LIMIT_MS } from './limits';
import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPES, type ProblemTypeId } from './problem';
import {
	measuresSchema,
	moneySchema,
	presetListSchema,
	presetSchema,
	presetSummarySchema,
	problemDetailsSchema,
	problemSchema,
	resultsDocumentSchema,
	scenarioPlaceholder,
	validationResultSchema,
	yearMeasuresSchema
} from './schemas';
import { linkSchema } from '../links/schemas';

/**
 * The OpenAPI 3.1 description of the API, generated from the same zod schemas the API uses:
 * the scenario's JSON Schema (src/lib/schemas/json-schema.ts) for what it reads, and
 * ./schemas.ts for what it answers. OpenAPI 3.1 takes JSON Schema 2020-12 as it is, so the
 * only rewriting is of references: every named schema moves to `components.schemas`.
 */

/** The API's version, as OpenAPI's `info.version`; the path carries its major part. */
export const API_VERSION = '1.0.0';

const COMPONENTS = '#/components/schemas/';

type Json = Record<string, unknown>;

/** Keys of a stand-alone JSON Schema document that a component inside OpenAPI does not keep. */
const DOCUMENT_KEYS = ['$schema', '$id'];

function withoutKeys(schema: Json, keys: readonly string[]): Json {
	return Object.fromEntries(Object.entries(schema).filter(([key]) => !keys.includes(key)));
}

/** Every named schema of the answers, with its component name. */
function responseComponents(): Record<string, Json> {
	const registry = z.registry<{ id: string; description?: string }>();
	registry.add(moneySchema, { id: 'Money' });
	registry.add(measuresSchema, { id: 'Measures' });
	registry.add(yearMeasuresSchema, { id: 'YearMeasures' });
	registry.add(resultsDocumentSchema, {
		id: 'ResultsDocument',
		description: 'The results document of format.md, version 1: every figure to the penny.'
	});
	registry.add(problemSchema, { id: 'Problem', description: 'One problem of a scenario.' });
	registry.add(problemDetailsSchema, {
		id: 'ProblemDetails',
		description: 'An error, as problem details (RFC 9457).'
	});
	registry.add(validationResultSchema, { id: 'ValidationResult' });
	registry.add(presetSummarySchema, { id: 'PresetSummary' });
	registry.add(presetListSchema, { id: 'PresetList' });
	registry.add(presetSchema, { id: 'Preset', description: 'A preset and its scenario.' });
	registry.add(linkSchema, { id: 'Link', description: 'A short link to a kept scenario.' });
	registry.add(scenarioPlaceholder, { id: 'Scenario' });
	const generated = z.toJSONSchema(registry, {
		target: 'draft-2020-12',
		io: 'output',
		uri: (id) => `${COMPONENTS}${id}`
	});
	const components: Record<string, Json> = {};
	for (const [id, schema] of Object.entries(generated.schemas)) {
		components[id] = withoutKeys(schema as Json, DOCUMENT_KEYS);
	}
	return components;
}

/** Deep copy of `value` with every `#/$defs/X` reference pointing at `components.schemas`. */
function moveReferences(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(moveReferences);
	if (typeof value !== 'object' || value === null) return value;
	const copy: Json = {};
	for (const [key, inner] of Object.entries(value)) {
		copy[key] =
			key === '$ref' && typeof inner === 'string' && inner.startsWith('#/$defs/')
				? `${COMPONENTS}${inner.slice('#/$defs/'.length)}`
				: moveReferences(inner);
	}
	return copy;
}

/** The scenario's JSON Schema and the schemas it names, as components. */
function scenarioComponents(): Record<string, Json> {
	const whole = moveReferences(scenarioJsonSchema()) as Json;
	const definitions = (whole.$defs ?? {}) as Record<string, Json>;
	return { ...definitions, Scenario: withoutKeys(whole, [...DOCUMENT_KEYS, '$defs']) };
}

function ref(id: string): Json {
	return { $ref: `${COMPONENTS}${id}` };
}

/** The error responses an operation can give, by status, each described from problem.ts. */
function problemResponses(ids: readonly ProblemTypeId[]): Json {
	const responses: Json = {};
	for (const id of ids) {
		const { status, title, explanation } = PROBLEM_TYPES[id];
		// Two kinds of error with one status (503) share the response, each described.
		const earlier = responses[String(status)] as { description: string } | undefined;
		responses[String(status)] = {
			description: `${earlier ? `${earlier.description} Or: ` : ''}${title}. ${explanation}`,
			content: { [PROBLEM_CONTENT_TYPE]: { schema: ref('ProblemDetails') } }
		};
	}
	return responses;
}

function jsonResponse(description: string, schema: Json, mediaType = 'application/json'): Json {
	return { description, content: { [mediaType]: { schema } } };
}

const SCENARIO_BODY = {
	required: true,
	description: `A scenario document (format.md, version 1), as application/json in UTF-8, at most ${MAX_BODY_WORDS}.`,
	content: { 'application/json': { schema: ref('Scenario') } }
};

const BODY_ERRORS: readonly ProblemTypeId[] = [
	'invalid-json',
	'body-too-large',
	'unsupported-media-type'
];

const PREFLIGHT = {
	summary: 'CORS preflight',
	responses: { '204': { description: 'The methods and headers other origins may use.' } }
};

/**
 * The OpenAPI 3.1 document of the API.
 *
 * @param origin The origin the API is served from, such as "https://example.org", for
 *   `servers`.
 */
export function openApiDocument(origin: string): Json {
	const scenario = scenarioComponents();
	const responses = responseComponents();
	const clashes = Object.keys(responses).filter(
		(id) => id !== 'Scenario' && Object.hasOwn(scenario, id)
	);
	if (clashes.length > 0) throw new Error(`Schema names used twice: ${clashes.join(', ')}`);
	return {
		openapi: '3.1.0',
		jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
		info: {
			title: 'Public cost comparator API',
			version: API_VERSION,
			description:
				'Compare the costs of delivering a public service in different ways, with the same ' +
				'engine and validation as the web pages. Scenarios and results follow format.md, ' +
				`version 1. Request bodies are at most ${MAX_BODY_WORDS} (${MAX_BODY_BYTES} bytes); ` +
				`a computation is stopped after ${COMPUTE_TIME_LIMIT_MS} ms. Errors are problem ` +
				'details (RFC 9457). Every answer may be read from any origin (CORS), without ' +
				'credentials.'
		},
		servers: [{ url: origin }],
		paths: {
			'/api/v1/compare': {
				post: {
					operationId: 'compareScenario',
					summary: 'Compare the options of a scenario',
					requestBody: SCENARIO_BODY,
					responses: {
						'200': jsonResponse('The results document.', ref('ResultsDocument')),
						...problemResponses([...BODY_ERRORS, 'invalid-scenario', 'time-limit'])
					}
				},
				options: PREFLIGHT
			},
			'/api/v1/validate': {
				post: {
					operationId: 'validateScenario',
					summary: 'Check a scenario and list its problems',
					requestBody: SCENARIO_BODY,
					responses: {
						'200': jsonResponse(
							'Whether the scenario is valid, and every problem if not.',
							ref('ValidationResult')
						),
						...problemResponses([...BODY_ERRORS, 'time-limit'])
					}
				},
				options: PREFLIGHT
			},
			'/api/v1/links': {
				post: {
					operationId: 'createLink',
					summary: 'Keep a scenario and get its short link',
					description:
						'The id comes from the canonical form of the scenario, so the same scenario gets ' +
						'the same link however its JSON is written. A kept scenario never changes and is ' +
						'never deleted. New links are rate-limited per client; asking for one that ' +
						'exists is not.',
					requestBody: SCENARIO_BODY,
					responses: {
						'200': jsonResponse('The scenario was already kept: its link.', ref('Link')),
						'201': {
							...jsonResponse('The scenario is kept from now on: its new link.', ref('Link')),
							headers: { Location: { description: 'The short link.', schema: { type: 'string' } } }
						},
						...problemResponses([
							...BODY_ERRORS,
							'invalid-scenario',
							'rate-limited',
							'time-limit',
							'storage-unavailable'
						])
					}
				},
				options: PREFLIGHT
			},
			'/api/v1/schema': {
				get: {
					operationId: 'getScenarioSchema',
					summary: 'The JSON Schema of a scenario document',
					responses: {
						'200': jsonResponse(
							'A JSON Schema (draft 2020-12). Rules that span fields are checked by the API, not by the schema.',
							{ type: 'object' },
							'application/schema+json'
						)
					}
				}
			},
			'/api/v1/presets': {
				get: {
					operationId: 'listPresets',
					summary: 'The worked presets',
					responses: {
						'200': jsonResponse('Every preset, without its scenario.', ref('PresetList'))
					}
				}
			},
			'/api/v1/presets/{id}': {
				get: {
					operationId: 'getPreset',
					summary: 'One preset and its scenario document',
					parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
					responses: {
						'200': jsonResponse('The preset.', ref('Preset')),
						...problemResponses(['not-found'])
					}
				}
			},
			'/api/v1/openapi.json': {
				get: {
					operationId: 'getOpenApi',
					summary: 'This document',
					responses: { '200': jsonResponse('OpenAPI 3.1.', { type: 'object' }) }
				}
			}
		},
		components: { schemas: { ...scenario, ...responses, Scenario: scenario.Scenario } }
	};
}
