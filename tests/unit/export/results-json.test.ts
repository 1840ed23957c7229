import { describe, expect, it } from 'vitest';
import { buildResultsJson } from '$lib/export/results-json';
import { EXAMPLES, example } from './examples';

describe('buildResultsJson', () => {
	it.each(EXAMPLES)('writes, for %s, exactly the committed results document', (name) => {
		const { analysis, expected } = example(name);
		expect(JSON.parse(buildResultsJson(analysis))).toEqual(expected);
	});

	it('writes the document it is given, indented by two spaces with a closing newline', () => {
		const { analysis, results } = example('foster-placements');
		expect(buildResultsJson(analysis, results)).toBe(`${JSON.stringify(results, null, 2)}\n`);
	});

	it('writes every money figure as a string, never a JSON number', () => {
		const text = buildResultsJson(example('childrens-trust').analysis);
		expect(text).not.toMatch(/"(cash|real|presentValue|atLow|atHigh|value)": -?\d/);
	});
});
