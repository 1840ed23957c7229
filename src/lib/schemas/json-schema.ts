import { z } from 'zod';
import { decimalInput, numberInput } from './decimal';
import { lineSchema } from './line';
import { rangeInput } from './range';
import { discountSchema, optionSchema, scenarioSchema, sourceSchema } from './scenario';

/**
 * The scenario format as a JSON Schema (draft 2020-12), generated from the zod schemas so
 * the two cannot drift. It describes the input side: what a file may contain, defaults
 * included. Rules that span fields (unique ids, references, years within the horizon,
 * low ≤ central ≤ high, numeric bounds on decimals) cannot be expressed in JSON Schema;
 * parseScenario is the authority, and the schema is for editors and API clients.
 *
 * Served as /schema/scenario-v1.json; `npm run schema` writes it to static/.
 */

/** Where the schema is served, which is also its `$id`. */
export const SCENARIO_SCHEMA_ID = '/schema/scenario-v1.json';

interface Metadata {
	id?: string;
	title?: string;
	description?: string;
}

/** Names and descriptions of the shared parts, kept here so the schemas stay plain zod. */
function metadata(): z.core.$ZodRegistry<Metadata> {
	const registry = z.registry<Metadata>();
	registry.add(decimalInput, {
		id: 'Decimal',
		description:
			'A decimal in plain notation: an optional minus, 1–15 digits, optionally a point and ' +
			'1–10 digits ("325", "-1500000", "3.5"). Strings are canonical; a JSON number is read ' +
			'through its own decimal text, within the same limits.'
	});
	registry.add(rangeInput, {
		id: 'Range',
		description:
			'A single decimal, or {"low", "central", "high"} with low ≤ central ≤ high; a missing ' +
			'low or high equals central.'
	});
	registry.add(lineSchema, {
		id: 'Line',
		description: 'A cost line of one option, by kind; its label defaults to its id.'
	});
	registry.add(optionSchema, {
		id: 'Option',
		description: 'One way of delivering the service, with its cost lines.'
	});
	registry.add(sourceSchema, { id: 'Source', description: 'A citation that lines point at.' });
	registry.add(discountSchema, {
		id: 'Discount',
		description: 'How future years are discounted; Green Book when left out.'
	});
	return registry;
}

/** The JSON Schema of a scenario document, format version 1. */
export function scenarioJsonSchema(): Record<string, unknown> {
	const generated = z.toJSONSchema(scenarioSchema, {
		target: 'draft-2020-12',
		io: 'input',
		metadata: metadata(),
		// A JSON number, kept as its text on the way in (json-text.ts), is a number in JSON.
		unrepresentable: ({ zodSchema }) => (zodSchema === numberInput ? { type: 'number' } : 'throw')
	});
	const { $schema, ...rest } = generated;
	return {
		$schema,
		$id: SCENARIO_SCHEMA_ID,
		title: 'Public cost comparison scenario, format version 1',
		description:
			'A comparison of the costs of delivering a public service in different ways. ' +
			'See format.md; rules that span fields are checked by the product, not by this schema.',
		...rest
	};
}

/** The schema as the checked-in file holds it: tab-indented, with a final newline. */
export function scenarioJsonSchemaText(): string {
	return `${JSON.stringify(scenarioJsonSchema(), null, '\t')}\n`;
}
