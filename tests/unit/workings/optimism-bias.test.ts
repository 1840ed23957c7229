import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse, lineYearWorking, type Scenario } from '$lib/engine';
import { parseScenario } from '$lib/schemas/scenario';
import { BIAS_NOTE, buildWorking, stepText, type FigureRef } from '$lib/workings';

/** The insourcing example with optimism bias on the contract: 20% one-off, 10% ongoing. */
function biasedInsourcing(bias: Record<string, string>): Scenario {
	const document = JSON.parse(readFileSync('tests/fixtures/examples/insourcing.json', 'utf8'));
	document.options[0].optimismBias = bias;
	const parsed = parseScenario(document);
	if (!parsed.ok) throw new Error(parsed.problems[0].message);
	return parsed.scenario;
}

const scenario = biasedInsourcing({ oneOffPercent: '20', ongoingPercent: '10' });
const analysis = analyse(scenario);

function lines(ref: Omit<Extract<FigureRef, { kind: 'lineYear' }>, 'kind' | 'option'>): string[] {
	return buildWorking(
		{ kind: 'lineYear', option: 'contract', ...ref },
		scenario,
		analysis
	).steps.map(stepText);
}

describe('the working of a line under optimism bias (methodology §4a)', () => {
	it('raises an ongoing line’s cash at the ongoing rate, as a step that adds up', () => {
		expect(lines({ line: 'fee', year: 2, measure: 'cash' })).toEqual([
			'£140,000 a month × 12 months × 1.04¹ (uplift) = £1,747,200.00',
			'With optimism bias: £1,747,200.00 × (1 + 10% optimism bias on ongoing costs) = £1,921,920.00',
			BIAS_NOTE
		]);
	});

	it('raises a one-off cost at the one-off rate', () => {
		expect(lines({ line: 'retender', year: 5, measure: 'cash' })).toEqual([
			'£150,000 (one-off, paid in year 5) × 1.025⁴ (uplift) = £165,571.93',
			'With optimism bias: £165,571.93 × (1 + 20% optimism bias on one-off costs) = £198,686.32',
			BIAS_NOTE
		]);
	});

	it('charges an overhead on the named line’s cash before bias, then raises it at the ongoing rate', () => {
		expect(lines({ line: 'monitoring', year: 2, measure: 'cash' })).toEqual([
			'3% × £1,747,200.00 (Monthly contract fee, before optimism bias) = £52,416.00',
			'With optimism bias: £52,416.00 × (1 + 10% optimism bias on ongoing costs) = £57,657.60',
			BIAS_NOTE,
			'An overhead has no uplift of its own: it follows the lines it is charged on, year by year.'
		]);
	});

	it('carries the bias step on to real terms and present value from the raised cash', () => {
		expect(lines({ line: 'fee', year: 2, measure: 'real' }).slice(1)).toEqual([
			'With optimism bias: £1,747,200.00 × (1 + 10% optimism bias on ongoing costs) = £1,921,920.00',
			BIAS_NOTE,
			'Real terms: £1,921,920.00 ÷ 1.025¹ (inflation) = £1,875,043.90'
		]);
	});

	it('gives the engine’s exact cash before bias, which times the factor is exactly the cash', () => {
		for (const [line, year, rate] of [
			['fee', 3, '1.1'],
			['monitoring', 4, '1.1'],
			['retender', 5, '1.2']
		] as const) {
			const working = lineYearWorking(scenario, analysis, 'contract', line, year);
			expect(working.cashBeforeBias.times(rate).eq(working.figures.cash)).toBe(true);
		}
	});

	it('shows no bias step where the rate is 0, and a version 1 option has none', () => {
		const oneOffOnly = biasedInsourcing({ oneOffPercent: '20' });
		const steps = buildWorking(
			{ kind: 'lineYear', option: 'contract', line: 'fee', year: 2, measure: 'cash' },
			oneOffOnly,
			analyse(oneOffOnly)
		).steps.map(stepText);
		expect(steps).toEqual(['£140,000 a month × 12 months × 1.04¹ (uplift) = £1,747,200.00']);
		const working = lineYearWorking(scenario, analysis, 'in-house', 'cleaners', 1);
		expect(working.bias).toBeUndefined();
		expect(working.cashBeforeBias.eq(working.figures.cash)).toBe(true);
	});
});
