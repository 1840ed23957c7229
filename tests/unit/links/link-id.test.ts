import { describe, expect, it } from 'vitest';
import {
	candidateIds,
	canonicalText,
	hashDigits,
	ID_PATTERN
} from '../../../src/lib/server/links/link-id';
import { parseScenario } from '../../../src/lib/schemas/scenario';
import { EXAMPLE_SCENARIO } from '../../../src/routes/api/examples';

describe('hashDigits', () => {
	// Worked out apart from the code (Python: int(sha256(text).hexdigest(), 16), then digits
	// of base 62, least significant first). A change here would give every scenario a second id.
	it.each([
		['', '5IxLHpeEWjUSnpuggYAkGE'],
		['public-cost-comparison', '2aTK6bOAKx0OzcmO87Hh29']
	])('gives the base62 digits of SHA-256 of %j', (text, digits) => {
		expect(hashDigits(text)).toBe(digits);
	});
});

describe('candidateIds', () => {
	it('starts with 8 characters and lengthens one at a time to 22, each the start of the next', () => {
		const ids = candidateIds('public-cost-comparison');
		expect(ids.map((id) => id.length)).toEqual(Array.from({ length: 15 }, (_, i) => 8 + i));
		expect(ids[0]).toBe('2aTK6bOA');
		for (let i = 1; i < ids.length; i++) expect(ids[i].startsWith(ids[i - 1])).toBe(true);
		expect(ids.every((id) => ID_PATTERN.test(id))).toBe(true);
	});
});

describe('ID_PATTERN', () => {
	it.each(['abc', 'abcdefg', 'abcd-fgh', 'abcdefgh/', '../../etc', 'a'.repeat(23)])(
		'refuses %j',
		(id) => {
			expect(ID_PATTERN.test(id)).toBe(false);
		}
	);
});

describe('canonicalText', () => {
	it('is the same for a scenario however its JSON was written', () => {
		const plain = parseScenario(EXAMPLE_SCENARIO);
		const reordered = parseScenario(
			JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(EXAMPLE_SCENARIO).reverse())))
		);
		if (!plain.ok || !reordered.ok) throw new Error('The example must be valid.');
		const written = parseScenario(JSON.parse(canonicalText(plain.scenario)));
		if (!written.ok) throw new Error('The canonical text must be valid.');
		expect([canonicalText(reordered.scenario), canonicalText(written.scenario)]).toEqual([
			canonicalText(plain.scenario),
			canonicalText(plain.scenario)
		]);
	});
});
