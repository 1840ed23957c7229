import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/lib/schemas/scenario';
import {
	curlExamples,
	EXAMPLE_INVALID_SCENARIO,
	EXAMPLE_SCENARIO
} from '../../../src/routes/api/examples';

const ORIGIN = 'https://compare.example';

describe('the /api page’s examples', () => {
	it('use a valid scenario for compare', () => {
		expect(parseScenario(EXAMPLE_SCENARIO).ok).toBe(true);
	});

	it('use a scenario with exactly two problems for the error examples', () => {
		const parsed = parseScenario(EXAMPLE_INVALID_SCENARIO);
		expect(parsed.ok ? [] : parsed.problems.map((problem) => problem.path)).toEqual([
			'horizonYears',
			'options[0].lines[0].per'
		]);
	});

	it('address this server in every command', () => {
		for (const example of curlExamples(ORIGIN, 'foster-care')) {
			expect(example.command.startsWith(`curl -sS ${ORIGIN}/api/v1/`)).toBe(true);
		}
	});

	it('leave out the preset example when there are no presets', () => {
		const ids = curlExamples(ORIGIN, undefined).map((example) => example.id);
		expect(ids).not.toContain('preset');
	});

	it('give each example a unique id', () => {
		const ids = curlExamples(ORIGIN, 'x').map((example) => example.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
