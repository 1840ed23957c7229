import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
	decodeScenario,
	encodeScenario,
	scenarioFromSearchParams,
	type DecodeResult
} from '../../../src/lib/codec/url-codec';
import { parseScenario } from '../../../src/lib/schemas/scenario';
import { arbScenarioDocument } from '../../fixtures/arbitraries';
import { base64url, packedText } from '../codec/helpers';
import {
	arbHostileJson,
	arbMutations,
	expectExplained,
	expectPrototypeClean,
	mutateAll,
	runs,
	timeoutFor,
	toJsonText
} from './support';

/**
 * The share-link decoder, fuzzed: any string, valid links damaged in transit, random bytes
 * and random (or hostile) JSON behind a well-formed prefix, and whole query strings with
 * percent-encoded bytes that are not UTF-8. decodeScenario must always resolve, with the
 * scenario or a failure that says why in a sentence, each problem with its path.
 */

const CODES = new Set([
	'empty',
	'repeated',
	'too-long',
	'not-a-link',
	'newer-version',
	'bad-characters',
	'damaged',
	'too-large',
	'not-text',
	'not-json',
	'invalid-scenario',
	'internal'
]);

function expectExplainedResult(result: DecodeResult | null): void {
	if (result === null || result.ok) return;
	expect(CODES.has(result.code)).toBe(true);
	expect(result.code).not.toBe('internal');
	expect(result.reason).toMatch(/^[A-Z].*[.)]$/s);
	if (result.code === 'invalid-scenario') expect(result.problems.length).toBeGreaterThan(0);
	result.problems.forEach(expectExplained);
}

/** A valid document's link, made once per case. */
const arbLink = arbScenarioDocument.map((document) => {
	const parsed = parseScenario(document);
	if (!parsed.ok) throw new Error('the arbitrary made an invalid document');
	return parsed.scenario;
});

const BASE64URL_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Damage done to a link in transit: a character changed, cut, dropped or added. */
type Damage =
	| { kind: 'change'; at: number; to: string }
	| { kind: 'cut'; at: number }
	| { kind: 'drop'; at: number; length: number }
	| { kind: 'insert'; at: number; text: string }
	| { kind: 'version'; to: string };

const arbDamage: fc.Arbitrary<Damage> = fc.oneof(
	fc.record({
		kind: fc.constant('change' as const),
		at: fc.nat(),
		to: fc.constantFrom(...BASE64URL_CHARACTERS, '+', '/', '=', '%', ' ', 'é', '\uD800')
	}),
	fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
	fc.record({
		kind: fc.constant('drop' as const),
		at: fc.nat(),
		length: fc.integer({ min: 1, max: 20 })
	}),
	fc.record({
		kind: fc.constant('insert' as const),
		at: fc.nat(),
		text: fc.string({ maxLength: 8 })
	}),
	fc.record({
		kind: fc.constant('version' as const),
		to: fc.constantFrom('0', '2', '01', '999999', '1e0', '-1', '', '1.1')
	})
);

function damage(link: string, harm: Damage): string {
	const at = 'at' in harm ? harm.at % (link.length + 1) : 0;
	switch (harm.kind) {
		case 'change':
			return link.slice(0, at) + harm.to + link.slice(at + 1);
		case 'cut':
			return link.slice(0, at);
		case 'drop':
			return link.slice(0, at) + link.slice(at + harm.length);
		case 'insert':
			return link.slice(0, at) + harm.text + link.slice(at);
		case 'version':
			return harm.to + link.slice(link.indexOf('.'));
	}
}

const STRING_RUNS = 3_000;
const DAMAGED_RUNS = 1_500;
const BYTES_RUNS = 2_000;
const PACKED_RUNS = 1_500;
const QUERY_RUNS = 1_500;

describe('decodeScenario, fuzzed', () => {
	afterAll(expectPrototypeClean);

	it(
		`resolves with a reason for any string (${STRING_RUNS} cases)`,
		async () => {
			await fc.assert(
				fc.asyncProperty(
					fc.oneof(
						fc.string({ unit: 'binary', maxLength: 300 }),
						fc.string({ maxLength: 300 }).map((text) => `1.${text}`)
					),
					async (value) => expectExplainedResult(await decodeScenario(value))
				),
				runs(STRING_RUNS)
			);
		},
		timeoutFor(STRING_RUNS, 1)
	);

	it(
		`resolves with the scenario or a reason for a link damaged in transit (${DAMAGED_RUNS} cases)`,
		async () => {
			await fc.assert(
				fc.asyncProperty(
					arbLink,
					fc.array(arbDamage, { minLength: 1, maxLength: 3 }),
					async (scenario, harms) => {
						const link = harms.reduce(damage, await encodeScenario(scenario));
						expectExplainedResult(await decodeScenario(link));
					}
				),
				runs(DAMAGED_RUNS)
			);
		},
		timeoutFor(DAMAGED_RUNS, 3)
	);

	it(
		`refuses random bytes behind a well-formed prefix (${BYTES_RUNS} cases)`,
		async () => {
			await fc.assert(
				fc.asyncProperty(fc.uint8Array({ maxLength: 2_000 }), async (bytes) => {
					const result = await decodeScenario(`1.${base64url(bytes)}`);
					expect(result.ok).toBe(false);
					expectExplainedResult(result);
				}),
				runs(BYTES_RUNS)
			);
		},
		timeoutFor(BYTES_RUNS, 1)
	);

	it(
		`explains random, hostile and mutated JSON packed as a link (${PACKED_RUNS} cases)`,
		async () => {
			await fc.assert(
				fc.asyncProperty(
					fc.oneof(
						arbHostileJson.map(toJsonText),
						fc
							.tuple(arbScenarioDocument, arbMutations)
							.map(([document, mutations]) => toJsonText(mutateAll(document, mutations))),
						fc
							.integer({ min: 1, max: 20_000 })
							.map((depth) => '['.repeat(depth) + ']'.repeat(depth))
					),
					async (text) => expectExplainedResult(await decodeScenario(packedText(text)))
				),
				runs(PACKED_RUNS)
			);
		},
		timeoutFor(PACKED_RUNS, 3)
	);
});

describe('scenarioFromSearchParams, fuzzed', () => {
	it(
		`explains any query string, with bytes that are not UTF-8 (${QUERY_RUNS} cases)`,
		async () => {
			const arbEscaped = fc
				.uint8Array({ maxLength: 40 })
				.map((bytes) =>
					[...bytes].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('')
				);
			await fc.assert(
				fc.asyncProperty(
					fc.array(
						fc.tuple(
							fc.constantFrom('s', 'S', 's[]', 'x', '%73'),
							fc.oneof(arbEscaped, fc.string({ maxLength: 40 }), fc.constant('1.'))
						),
						{ maxLength: 4 }
					),
					async (pairs) => {
						const query = pairs.map(([key, value]) => `${key}=${value}`).join('&');
						expectExplainedResult(await scenarioFromSearchParams(new URLSearchParams(query)));
					}
				),
				runs(QUERY_RUNS)
			);
		},
		timeoutFor(QUERY_RUNS, 1)
	);
});
