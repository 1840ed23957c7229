import type { Scenario } from '../engine/types';
import { ukSettings } from '../presets/lines';

/**
 * The first financial year a new comparison starts in: the current UK financial year, which
 * starts in April.
 */
export function currentFinancialYear(today: Date): number {
	return today.getUTCMonth() >= 3 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
}

/**
 * A new comparison: the service in-house against buying it in, with no costs yet, over five
 * financial years in today's prices with Green Book discounting.
 */
export function blankScenario(startYear: number): Scenario {
	return {
		format: 'public-cost-comparison',
		version: 1,
		title: 'My comparison',
		description: '',
		...ukSettings(startYear, 5),
		baseline: 'in-house',
		options: [
			{ id: 'in-house', name: 'In-house', kind: 'in-house', lines: [] },
			{ id: 'outsourced', name: 'Bought in', kind: 'private', lines: [] }
		],
		sources: []
	};
}
