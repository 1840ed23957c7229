import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DECIMAL_PATTERN } from '../../../src/lib/schemas/decimal';
import { scenarioJsonSchema, scenarioJsonSchemaText } from '../../../src/lib/schemas/json-schema';

const CHECKED_IN = new URL('../../../static/schema/scenario-v1.json', import.meta.url);

describe('scenarioJsonSchema', () => {
	it('matches the checked-in static/schema/scenario-v1.json', () => {
		const checkedIn = readFileSync(CHECKED_IN, 'utf8');
		expect(
			checkedIn === scenarioJsonSchemaText(),
			'static/schema/scenario-v1.json is out of date: run `npm run schema` and commit the result'
		).toBe(true);
	});

	it('is a draft 2020-12 schema with its $id and a title', () => {
		expect(scenarioJsonSchema()).toMatchObject({
			$schema: 'https://json-schema.org/draft/2020-12/schema',
			$id: '/schema/scenario-v1.json',
			title: 'Public cost comparison scenario, format version 1',
			type: 'object',
			additionalProperties: false
		});
	});

	it('describes a decimal as a string with the plain-notation pattern, or a number', () => {
		const defs = scenarioJsonSchema().$defs as Record<string, { anyOf?: unknown }>;
		expect(defs.Decimal.anyOf).toEqual([
			{ type: 'string', pattern: DECIMAL_PATTERN.source },
			{ type: 'number' }
		]);
	});

	it('shows the defaults of decimal and Range fields', () => {
		const schema = scenarioJsonSchema() as { properties: Record<string, { default?: unknown }> };
		expect(schema.properties.weeksPerYear.default).toBe('52');
	});

	it('lists the fields a scenario requires', () => {
		expect(scenarioJsonSchema().required).toEqual([
			'format',
			'version',
			'title',
			'startYear',
			'horizonYears',
			'options'
		]);
	});
});
