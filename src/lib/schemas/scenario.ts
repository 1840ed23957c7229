import { z } from 'zod';
import type { Claim, Line, Option, Scenario } from '../engine/types';
import { decimal } from './decimal';
import { parseJsonText } from './json-text';
import {
	choice,
	currency,
	identifier,
	list,
	sourceDate,
	text,
	unlessMissing,
	webAddress,
	wholeNumber
} from './fields';
import { GROWTH_BOUNDS, lineSchema, MAX_HORIZON_YEARS, MAX_NOTES_LENGTH } from './line';
import { range } from './range';
import { MESSAGES, shorten } from './messages';
import { parseWithProblems, ROOT_PATH, type Problem } from './problems';
import { checkReferences } from './references';

/**
 * The scenario document, format version 1 (format.md): its schema, with every default the
 * format fixes, and {@link parseScenario}, the one entry point every boundary (file
 * import, CLI, HTTP API, share link) uses to turn untrusted JSON into the engine's
 * {@link Scenario}.
 *
 * Defaults of fields that are transformed on the way in (decimals, Ranges, lines) are
 * prefaults: the default is written in the input's form and parsed like any input, so the
 * JSON Schema can show it and every parse gets a fresh value.
 *
 * Bounds the format leaves open, chosen so every input is bounded (see also line.ts):
 * - at most {@link MAX_SOURCES} sources;
 * - a source's publisher and via at most 300 characters, its url at most 2,000;
 * - an option's notes at most 5,000 characters, like a line's notes and the description.
 */

export const FORMAT = 'public-cost-comparison';
export const FORMAT_VERSION = 1;
export const MAX_OPTIONS = 10;
export const MAX_LINES = 100;
export const MAX_SOURCES = 200;
export const MAX_CLAIMS = 20;
export const MAX_CLAIM_TEXT_LENGTH = 500;
export const CLAIM_MEASURES = ['cash', 'real', 'presentValue'] as const;

export const YEAR_BASES = ['financial', 'calendar'] as const;
export const OPTION_KINDS = [
	'in-house',
	'agency',
	'private',
	'not-for-profit',
	'trust',
	'shared-service',
	'other'
] as const;
export const SOURCE_STRENGTHS = [
	'official-statistics',
	'official-report',
	'academic',
	'sector-body',
	'consultancy',
	'press',
	'campaign',
	'anecdotal',
	'assumption'
] as const;

const formatField = z.literal(FORMAT, {
	error: unlessMissing((issue) =>
		issue.input === `${FORMAT}-results`
			? MESSAGES.resultsNotScenario()
			: MESSAGES.oneOf([FORMAT], issue.input)
	)
});

const versionField = z.literal(FORMAT_VERSION, {
	error: unlessMissing((issue) =>
		typeof issue.input === 'number' && Number.isInteger(issue.input) && issue.input > FORMAT_VERSION
			? MESSAGES.newerVersion(issue.input)
			: MESSAGES.oneOf([FORMAT_VERSION], issue.input)
	)
});

/** A citation that lines point at. */
export const sourceSchema = z.strictObject({
	id: identifier,
	title: text(300, true),
	publisher: text(300).optional(),
	date: sourceDate.optional(),
	url: webAddress.optional(),
	quote: text(1000, false, 'multiline').optional(),
	strength: choice(SOURCE_STRENGTHS),
	via: text(300).optional()
});

/** Optimism bias percentages (methodology §4a): each a Range from 0 to 200. */
const BIAS_BOUNDS = { atLeast: '0', atMost: '200' };

/** An option's optimism bias; either rate left out is "0". */
export const optimismBiasSchema = z.strictObject({
	oneOffPercent: range(BIAS_BOUNDS).prefault('0'),
	ongoingPercent: range(BIAS_BOUNDS).prefault('0')
});

/** One way of delivering the service, with its cost lines. */
export const optionSchema = z.strictObject({
	id: identifier,
	name: text(200, true),
	kind: choice(OPTION_KINDS).default('other'),
	lines: list(lineSchema, { max: MAX_LINES, noun: 'line', nouns: 'lines' }).prefault([]),
	notes: text(MAX_NOTES_LENGTH, false, 'multiline').optional(),
	optimismBias: optimismBiasSchema.optional()
});

/**
 * A claimed difference held against the figures (methodology §6a). Its baseline and years
 * stay absent when left out: the engine reads them as the scenario's baseline and horizon.
 */
export const claimSchema = z.strictObject({
	id: identifier,
	text: text(MAX_CLAIM_TEXT_LENGTH, true),
	source: identifier.optional(),
	option: identifier,
	baseline: identifier.optional(),
	measure: choice(CLAIM_MEASURES).default('cash'),
	years: wholeNumber(1, MAX_HORIZON_YEARS).optional(),
	amount: decimal()
});

/** How future years are discounted (methodology §3); Green Book when left out. */
export const discountSchema = z.discriminatedUnion('scheme', [
	z.strictObject({ scheme: z.literal('green-book') }),
	z.strictObject({ scheme: z.literal('flat'), ratePercent: decimal(GROWTH_BOUNDS) }),
	z.strictObject({ scheme: z.literal('none') })
]);

/** The scenario's fields, each checked on its own, before the rules that span fields. */
export const scenarioObjectSchema = z.strictObject({
	format: formatField,
	version: versionField,
	title: text(200, true),
	description: text(5000, false, 'multiline').default(''),
	currency: currency.default('GBP'),
	startYear: wholeNumber(1900, 2200),
	yearBasis: choice(YEAR_BASES).default('financial'),
	horizonYears: wholeNumber(1, MAX_HORIZON_YEARS),
	weeksPerYear: decimal({ above: '0', atMost: '53' }).prefault('52'),
	daysPerYear: decimal({ above: '0', atMost: '366' }).prefault('365'),
	inflationPercent: decimal({ above: '-100', atMost: '1000' }).prefault('2'),
	discount: discountSchema.prefault({ scheme: 'green-book' }),
	baseline: identifier.optional(),
	options: list(optionSchema, { min: 1, max: MAX_OPTIONS, noun: 'option', nouns: 'options' }),
	sources: list(sourceSchema, { max: MAX_SOURCES, noun: 'source', nouns: 'sources' }).default(
		() => []
	),
	claims: list(claimSchema, { max: MAX_CLAIMS, noun: 'claim', nouns: 'claims' }).optional()
});

/**
 * The whole scenario: every field, the rules that span fields (references.ts), and the
 * baseline defaulting to the first option. Its output is the engine's {@link Scenario}.
 *
 * Parse with {@link parseScenario} rather than `scenarioSchema.parse`: that adds the
 * generic messages ("is required", unknown fields) and orders the problems.
 */
export const scenarioSchema = scenarioObjectSchema
	.superRefine(
		(value, context) => {
			for (const issue of checkReferences(value)) {
				context.addIssue({ code: 'custom', message: issue.message, path: issue.path });
			}
		},
		// Run even when single fields failed, so every problem is reported at once.
		{ when: (payload) => typeof payload.value === 'object' && payload.value !== null }
	)
	.transform((scenario) => ({
		...scenario,
		baseline: scenario.baseline ?? scenario.options[0].id
	}));

/** The outcome of {@link parseScenario}. */
export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

/**
 * Checks untrusted input (parsed JSON) against format version 1 and gives either the
 * engine's {@link Scenario}, with every default applied, or every problem found. Never
 * throws: anything unexpected becomes a problem at `(scenario)`.
 */
export function parseScenario(input: unknown): ParseResult {
	const checked = parseWithProblems(scenarioSchema, input);
	return checked.ok
		? { ok: true, scenario: checked.value }
		: { ok: false, problems: checked.problems };
}

/** {@link parseScenario} for JSON text, reporting text that is not JSON as a problem. */
export function parseScenarioText(json: string): ParseResult {
	let input: unknown;
	try {
		input = parseJsonText(json);
	} catch (error) {
		const reason = error instanceof Error ? shorten(error.message) : 'unreadable';
		return { ok: false, problems: [{ path: ROOT_PATH, message: MESSAGES.notJson(reason) }] };
	}
	return parseScenario(input);
}

/** The document as it may be written: before defaults, decimals as strings or numbers. */
export type ScenarioInput = z.input<typeof scenarioSchema>;

// Drift between the schemas and the engine's types fails type-checking here.
type Same<A, B> =
	(<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
/** @internal Compile-time proof that the parsed output is exactly the engine's types. */
export type SchemasMatchEngine = [
	Assert<Same<z.output<typeof scenarioSchema>, Scenario>>,
	Assert<Same<z.output<typeof lineSchema>, Line>>,
	Assert<Same<z.output<typeof optionSchema>, Option>>,
	Assert<Same<z.output<typeof claimSchema>, Claim>>
];
