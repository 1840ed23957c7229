import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	figuresFor,
	withoutYears,
	workOutFigures,
	workOutInStages
} from '../../../src/lib/compute/figures';
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

/** A results document as the first stage gives it: every option's and line's years empty. */
function yearsEmptied(results: unknown): unknown {
	const copy = structuredClone(results) as {
		options: { years: unknown[]; lines: { years: unknown[] }[] }[];
	};
	for (const option of copy.options) {
		option.years = [];
		for (const line of option.lines) line.years = [];
	}
	return copy;
}

describe('workOutInStages', () => {
	it("gives the headline's figures first: every total as in the example, no year by year", () => {
		const { first } = workOutInStages(document);
		if (!first.ok) throw new Error('the example is valid');
		const results = JSON.parse(JSON.stringify(unpack(structuredClone(first.results))));
		expect(results).toStrictEqual(yearsEmptied(expected));
		expect(results.years).toHaveLength(5);
	});

	it('gives the whole figures second, in a step for each option and one more, the same as working them out in one go', () => {
		const { rest } = workOutInStages(document);
		if (!rest) throw new Error('the example is valid');
		const steps: IteratorResult<void, unknown>[] = [];
		for (let step = rest.next(); ; step = rest.next()) {
			steps.push(step);
			if (step.done) break;
		}
		expect(steps.map((step) => step.done)).toStrictEqual([false, false, true]);
		expect(steps.at(-1)?.value).toStrictEqual(workOutFigures(document));
	});

	it.each(['agency-hours', 'childrens-trust', 'foster-placements', 'insourcing'])(
		'gives the %s example whole in steps exactly as in one go, field for field and in order',
		(name) => {
			const example: unknown = JSON.parse(
				readFileSync(`tests/fixtures/examples/${name}.json`, 'utf8')
			);
			const { rest } = workOutInStages(example);
			if (!rest) throw new Error('the example is valid');
			let step = rest.next();
			while (!step.done) step = rest.next();
			expect(JSON.stringify(step.value)).toBe(JSON.stringify(workOutFigures(example)));
		}
	);

	it('reports the problems of an invalid document at once, with no second stage', () => {
		const broken = structuredClone(document) as { horizonYears: unknown };
		broken.horizonYears = 'five';
		const stages = workOutInStages(broken);
		expect(stages).toStrictEqual({ first: workOutFigures(broken) });
		expect(stages.first.ok).toBe(false);
	});
});

describe('withoutYears', () => {
	it('keeps every total, range, comparison and claim, and empties each list year by year', () => {
		const parsed = parseScenario(document);
		if (!parsed.ok) throw new Error('the example is valid');
		const analysis = analyse(parsed.scenario);
		const headline = withoutYears(analysis);
		expect(toResultsDocument(headline)).toStrictEqual(yearsEmptied(toResultsDocument(analysis)));
		expect([
			headline.options.flatMap((option) => [option.years, ...option.lines.map((l) => l.years)]),
			headline.comparisons.map((comparison) => comparison.years)
		]).toStrictEqual([
			analysis.options.flatMap((option) => [[], ...option.lines.map(() => [])]),
			analysis.comparisons.map(() => [])
		]);
		expect(headline.comparisons.map((c) => c.breakEvenYear)).toStrictEqual(
			analysis.comparisons.map((c) => c.breakEvenYear)
		);
		expect(headline.years).toBe(analysis.years);
	});
});
