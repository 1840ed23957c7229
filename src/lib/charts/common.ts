import type { Scenario } from '../engine/index';
import { AXIS_COLOUR, GRID_COLOUR, TEXT_COLOUR } from './palette';
import { compactMoney } from './format';

/**
 * Options every chart shares: drawn at once (no animation, which also respects reduced
 * motion), in the page's font, filling a container whose height the page sets, with colours set explicitly
 * (chart.js otherwise draws in pale grey) and a near-black text colour.
 */
export const COMMON_OPTIONS = {
	animation: false,
	responsive: true,
	maintainAspectRatio: false,
	color: TEXT_COLOUR,
	// The page's own system font stack (no web fonts under the strict CSP).
	font: { family: 'Arial, Helvetica, sans-serif', size: 13 }
} as const;

/** A money axis: compact en-GB ticks ("£1.2m"), near-black text, a darker zero line. */
export function moneyAxis(currency: string) {
	return {
		type: 'linear' as const,
		ticks: {
			color: TEXT_COLOUR,
			callback: (value: number | string): string => compactMoney(Number(value), currency)
		},
		grid: {
			color: (context: { tick?: { value: number } }): string =>
				context.tick?.value === 0 ? AXIS_COLOUR : GRID_COLOUR
		},
		border: { color: AXIS_COLOUR }
	};
}

/** A category axis of labels (years, or inputs) in near-black text. */
export function categoryAxis() {
	return {
		type: 'category' as const,
		ticks: { color: TEXT_COLOUR },
		grid: { display: false },
		border: { color: AXIS_COLOUR }
	};
}

/** The option's name, looked up by id; the id itself if the scenario has no such option. */
export function optionName(scenario: Scenario, id: string): string {
	return scenario.options.find((option) => option.id === id)?.name ?? id;
}
