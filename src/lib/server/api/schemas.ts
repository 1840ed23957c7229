import { z } from 'zod';
import { INPUT_FIELDS, OPTION_INPUT_FIELDS, type ResultsDocument } from '$lib/engine';
import type { Problem } from '$lib/schemas/problems';
import type { ProblemDetails } from './problem';
import type { ValidationResult } from './scenario-endpoints';

/**
 * zod schemas of what the API sends back, for the OpenAPI document (openapi.ts) and for the
 * tests, which check real responses against them. The scenario the API reads has its schema
 * in src/lib/schemas; these describe the other direction, and a drift between them and the
 * TypeScript types the endpoints build fails type-checking at the foot of this file.
 */

/** A money figure of the results document: exactly two decimals, rounded half-up. */
export const moneySchema = z
	.string()
	.regex(/^-?\d+\.\d{2}$/)
	.meta({ description: 'Pounds (or the scenario currency) with exactly two decimals, as text.' });

const measuresShape = {
	cash: moneySchema.meta({ description: "What would be paid, in each year's own prices." }),
	real: moneySchema.meta({ description: 'Cash deflated to start-year prices.' }),
	presentValue: moneySchema.meta({ description: 'Real terms discounted to year 1.' })
};

export const measuresSchema = z.strictObject(measuresShape);
export const yearMeasuresSchema = z.strictObject({ year: z.int().min(1), ...measuresShape });
const boundsSchema = z.strictObject({ low: moneySchema, high: moneySchema });
const inputFieldSchema = z.enum([...INPUT_FIELDS, ...OPTION_INPUT_FIELDS]);
const inputLineSchema = z
	.string()
	.nullable()
	.meta({ description: "The input's line; null for the option's own inputs (optimism bias)." });

/** A claim held against the figures (methodology §6a). */
const claimResultSchema = z.strictObject({
	id: z.string(),
	difference: moneySchema.meta({
		description:
			"The computed difference, option minus baseline, over the claim's years and measure."
	}),
	range: boundsSchema,
	verdict: z.enum(['below-range', 'within-range', 'above-range']),
	requires: z.array(
		z.strictObject({
			option: z.string(),
			line: inputLineSchema,
			field: inputFieldSchema,
			value: moneySchema.nullable().meta({
				description: 'The value that would make the claim true; null where the input has no effect.'
			})
		})
	)
});

/** The results document of format.md, version 1. */
export const resultsDocumentSchema = z.strictObject({
	format: z.literal('public-cost-comparison-results'),
	version: z.literal(1),
	currency: z.string(),
	years: z.array(z.strictObject({ year: z.int().min(1), label: z.string() })),
	options: z.array(
		z.strictObject({
			id: z.string(),
			name: z.string(),
			total: measuresSchema,
			low: measuresSchema,
			high: measuresSchema,
			years: z.array(yearMeasuresSchema),
			lines: z.array(
				z.strictObject({
					id: z.string(),
					total: measuresSchema,
					years: z.array(yearMeasuresSchema)
				})
			)
		})
	),
	comparisons: z.array(
		z.strictObject({
			option: z.string(),
			baseline: z.string(),
			difference: measuresSchema,
			differenceRange: z.strictObject({
				cash: boundsSchema,
				real: boundsSchema,
				presentValue: boundsSchema
			}),
			breakEvenYear: z.int().min(1).nullable(),
			sensitivity: z.array(
				z.strictObject({
					option: z.string(),
					line: inputLineSchema,
					field: inputFieldSchema,
					atLow: moneySchema,
					atHigh: moneySchema
				})
			),
			switchingValues: z.array(
				z.strictObject({
					option: z.string(),
					line: inputLineSchema,
					field: inputFieldSchema,
					value: moneySchema.nullable()
				})
			)
		})
	),
	claims: z
		.array(claimResultSchema)
		.optional()
		.meta({ description: 'One per claim of the scenario, in order; absent when it has none.' })
});

/** One problem of a scenario: where it lies and what to change. */
export const problemSchema = z.strictObject({
	path: z.string().meta({ description: 'A JSON path such as options[0].lines[2].amount.' }),
	message: z.string().meta({ description: 'A sentence a person can act on.' })
});

/** An error, as problem details (RFC 9457). */
export const problemDetailsSchema = z.strictObject({
	type: z.string().meta({ description: 'Where the /api page explains this kind of error.' }),
	title: z.string(),
	status: z.int(),
	detail: z.string().meta({ description: 'A sentence about this occurrence.' }),
	problems: z.array(problemSchema).optional().meta({
		description: 'For an invalid scenario (422): every problem, in document order.'
	})
});

/** The answer of POST /api/v1/validate. */
export const validationResultSchema = z.strictObject({
	valid: z.boolean(),
	problems: z.array(problemSchema)
});

/** A preset as the list shows it. */
export const presetSummarySchema = z.strictObject({
	id: z.string(),
	title: z.string(),
	summary: z.string(),
	href: z.string().meta({ description: 'Where the whole preset is, relative to this host.' })
});

/** The answer of GET /api/v1/presets. */
export const presetListSchema = z.strictObject({ presets: z.array(presetSummarySchema) });

/**
 * Where a scenario document appears in an answer (a preset's `document`). The OpenAPI
 * document puts the scenario's own JSON Schema in its place (openapi.ts).
 */
export const scenarioPlaceholder = z.unknown();

/** The answer of GET /api/v1/presets/{id}: a preset and its scenario document. */
export const presetSchema = z.strictObject({
	id: z.string(),
	title: z.string(),
	summary: z.string(),
	document: scenarioPlaceholder
});

// Drift between these schemas and the types the endpoints build fails type-checking here.
type Same<A, B> =
	(<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
/** @internal Compile-time proof that the schemas describe exactly what the API sends. */
export type SchemasMatchResponses = [
	Assert<Same<z.output<typeof resultsDocumentSchema>, ResultsDocument>>,
	Assert<Same<z.output<typeof problemSchema>, Problem>>,
	Assert<Same<z.output<typeof validationResultSchema>, ValidationResult>>,
	Assert<Same<z.output<typeof problemDetailsSchema>, ProblemDetails>>
];
