import type { Scenario, YearLabel } from '../engine/index';
import type { Measure } from './types';

/** The measure's name in words, for legends, captions and units: "present value". */
export const MEASURE_NAMES: Readonly<Record<Measure, string>> = {
	cash: 'cash',
	real: 'real terms',
	presentValue: 'present value'
};

/** How the scenario discounts, in words (methodology §3). */
function discounting(scenario: Scenario): string {
	switch (scenario.discount.scheme) {
		case 'green-book':
			return 'discounted at the Green Book rates (3.5% a year for the first 30 years)';
		case 'flat':
			return `discounted at ${scenario.discount.ratePercent}% a year`;
		case 'none':
			return 'not discounted';
	}
}

/**
 * The units line of a chart: the currency, the measure and the prices the figures are in
 * (methodology §2 and §3). "£, present value: 2026-27 prices, discounted at the Green Book
 * rates (3.5% a year for the first 30 years)".
 */
export function unitsLine(
	scenario: Scenario,
	years: readonly YearLabel[],
	measure: Measure
): string {
	const currency = scenario.currency === 'GBP' ? '£' : scenario.currency;
	const first = years[0]?.label ?? String(scenario.startYear);
	switch (measure) {
		case 'cash':
			return `${currency}, cash: what would be paid, in each year's own prices`;
		case 'real':
			return `${currency}, real terms: ${first} prices, deflated by ${scenario.inflationPercent}% a year general inflation`;
		case 'presentValue':
			return `${currency}, present value: ${first} prices, ${discounting(scenario)}`;
	}
}
