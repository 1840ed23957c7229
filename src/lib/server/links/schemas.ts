import { z } from 'zod';
import type { LinkAnswer } from './create-link';
import { ID_LENGTH, MAX_ID_LENGTH } from './link-id';

/** The answer of POST /api/v1/links, for the OpenAPI document (src/lib/server/api/openapi.ts). */
export const linkSchema = z.strictObject({
	id: z
		.string()
		.regex(new RegExp(`^[0-9A-Za-z]{${ID_LENGTH},${MAX_ID_LENGTH}}$`))
		.meta({
			description: `The link's id: ${ID_LENGTH} letters and digits, longer only after a clash. The same scenario always gets the same id.`
		}),
	url: z.string().meta({ description: 'The short link: the comparison page at /s/{id}.' })
});

// Drift between the schema and the answer the endpoint builds fails type-checking here.
type Same<A, B> =
	(<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
/** @internal */
export type LinkSchemaMatchesAnswer = Assert<Same<z.output<typeof linkSchema>, LinkAnswer>>;
