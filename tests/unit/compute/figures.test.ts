import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figuresFor, workOutFigures } from '../../../src/lib/compute/figures';
import { unpack, unpackAnalysis } from '../../../src/lib/compute/packed';
import { analyse, toResultsDocument } from '../../../src/lib/engine';
import { parseScenario } from '../../../src/lib/schemas/scenario';

const EXAMPLE = 'tests/fixtures/examples/foster-placements';
const document: unknown = JSON.parse(readFileSync(`${EXAMPLE}.json`, 'utf8'));
const expected: unknown = JSON.parse(readFileSync(`${EXAMPLE}.expected.json`, 'utf8'));

describe('workOutFigures', () => {
	it("gives the example's results document exactly", () => {
		const outcome = workOutFigures(document);
		if (!outcome.ok) throw new Error('the example is valid');
		expect(JSON.parse(JSON.stringify(unpack(structuredClone(outcome.results))))).toStrictEqual(
			expected
		);
	});

	it('gives figures that survive a structured clone (a worker message) unchanged', () => {
		const outcome = workOutFigures(document);
		expect(structuredClone(outcome)).toStrictEqual(outcome);
	});

	it('packs each year-by-year list as a few strings, not an object a year', () => {
		const outcome = workOutFigures(document);
		if (!outcome.ok) throw new Error('the example is valid');
		const line = (outcome.analysis.options as { lines: { years: unknown }[] }[])[0].lines[0];
		expect(line.years).toStrictEqual({
			$rows: ['cash|real|presentValue', 'ddd', expect.stringMatching(/^[-\d.|]+$/)]
		});
	});

	it('reports every problem of an invalid document with its path, and no figures', () => {
		const broken = structuredClone(document) as { options: { name: unknown }[] };
		broken.options[0].name = 42;
		expect(workOutFigures(broken)).toStrictEqual({
			ok: false,
			problems: [{ path: 'options[0].name', message: expect.any(String) }]
		});
	});
});

describe('figuresFor', () => {
	it('packs the analysis so that unpacking gives every figure back to the last digit', () => {
		const parsed = parseScenario(document);
		if (!parsed.ok) throw new Error('the example is valid');
		const direct = analyse(parsed.scenario);
		const unpacked = unpackAnalysis(structuredClone(figuresFor(parsed.scenario).analysis));
		expect(toResultsDocument(unpacked)).toStrictEqual(toResultsDocument(direct));
		expect(
			unpacked.options.flatMap((option) =>
				option.lines.flatMap((line) => line.years.map((year) => year.presentValue.toFixed()))
			)
		).toStrictEqual(
			direct.options.flatMap((option) =>
				option.lines.flatMap((line) => line.years.map((year) => year.presentValue.toFixed()))
			)
		);
	});
});
