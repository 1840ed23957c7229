import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, Exact, type Analysis, type Measures } from '../../../src/lib/engine';
import type { Scenario } from '../../../src/lib/engine/types';
import { parseScenario } from '../../../src/lib/schemas/scenario';
import { arbScenarioDocument } from '../../fixtures/arbitraries';

const MEASURES = ['cash', 'real', 'presentValue'] as const;

/** Valid scenarios, through the same validator every boundary uses. */
const arbScenario: fc.Arbitrary<Scenario> = arbScenarioDocument.map((document) => {
	const parsed = parseScenario(document);
	if (!parsed.ok)
		throw new Error(`arbitrary made an invalid scenario: ${parsed.problems[0].message}`);
	return parsed.scenario;
});

const RUNS = { numRuns: 60 };

function sum(values: readonly Measures[], measure: keyof Measures) {
	return values.reduce((total, value) => total.plus(value[measure]), new Exact(0));
}

function totalsOf(analysis: Analysis): string[] {
	return analysis.options.flatMap((o) => MEASURES.map((m) => o.total[m].toString()));
}

describe('analyse', () => {
	it('gives every option a total exactly equal to the sum of its lines and of its years', () => {
		fc.assert(
			fc.property(arbScenario, (scenario) => {
				for (const option of analyse(scenario).options) {
					for (const measure of MEASURES) {
						expect(
							sum(
								option.lines.map((l) => l.total),
								measure
							).eq(option.total[measure])
						).toBe(true);
						expect(sum(option.years, measure).eq(option.total[measure])).toBe(true);
					}
				}
			}),
			RUNS
		);
	});

	it('with zero inflation gives real terms equal to cash', () => {
		fc.assert(
			fc.property(arbScenario, (scenario) => {
				const analysis = analyse({ ...scenario, inflationPercent: '0' });
				for (const option of analysis.options) {
					option.years.forEach((year) => expect(year.real.eq(year.cash)).toBe(true));
				}
			}),
			RUNS
		);
	});

	it('with no discounting gives present value equal to real terms', () => {
		fc.assert(
			fc.property(arbScenario, (scenario) => {
				const analysis = analyse({ ...scenario, discount: { scheme: 'none' } });
				for (const option of analysis.options) {
					option.years.forEach((year) => expect(year.presentValue.eq(year.real)).toBe(true));
					expect(option.low.presentValue.eq(option.low.real)).toBe(true);
				}
			}),
			RUNS
		);
	});

	it('makes the difference zero when any input takes its switching value', () => {
		fc.assert(
			fc.property(arbScenario, fc.nat(), (scenario, pick) => {
				const comparison = analyse(scenario).comparisons[0];
				const candidates = comparison?.switchingValues.filter((s) => s.value !== null) ?? [];
				fc.pre(candidates.length > 0);
				const chosen = candidates[pick % candidates.length];
				const changed = structuredClone(scenario);
				const line = changed.options
					.find((o) => o.id === chosen.option)!
					.lines.find((l) => l.id === chosen.line)! as unknown as Record<string, unknown>;
				const value = chosen.value!.toFixed(30);
				line[chosen.field] = { low: value, central: value, high: value };
				const after = analyse(changed).comparisons[0].difference.presentValue;
				const scale = comparison.difference.presentValue.abs().plus(1);
				expect(after.abs().div(scale).lt('1e-20')).toBe(true);
			}),
			RUNS
		);
	});

	it('negates the difference when the two sides swap', () => {
		fc.assert(
			fc.property(arbScenario, (scenario) => {
				fc.pre(scenario.options.length >= 2);
				const other = scenario.options.find((o) => o.id !== scenario.baseline)!.id;
				const forward = analyse(scenario).comparisons.find((c) => c.option === other)!;
				const backward = analyse({ ...scenario, baseline: other }).comparisons.find(
					(c) => c.option === scenario.baseline
				)!;
				for (const measure of MEASURES) {
					expect(backward.difference[measure].eq(forward.difference[measure].negated())).toBe(true);
				}
			}),
			RUNS
		);
	});

	it('does not depend on the order of options or of lines', () => {
		fc.assert(
			fc.property(arbScenario, (scenario) => {
				const reversed: Scenario = {
					...scenario,
					options: scenario.options.map((o) => ({ ...o, lines: [...o.lines].reverse() })).reverse()
				};
				expect(totalsOf(analyse(reversed))).toEqual(
					[...analyse(scenario).options]
						.reverse()
						.flatMap((o) => MEASURES.map((m) => o.total[m].toString()))
				);
			}),
			RUNS
		);
	});
});
