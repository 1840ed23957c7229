import type { YearLabel } from '../engine/index';

/**
 * The three measures of a figure (methodology §2) as the page names them.
 */

/** A measure of money: what is paid, in start-year prices, or discounted to today. */
export type Measure = 'cash' | 'real' | 'presentValue';

/** Every measure, in the order tables show them. */
export const MEASURES: readonly Measure[] = ['cash', 'real', 'presentValue'];

/** A column heading: "Cash", "Real terms (2026-27 prices)", "Present value". */
export function measureLabel(measure: Measure, years: readonly YearLabel[]): string {
	if (measure === 'cash') return 'Cash';
	if (measure === 'real') return `Real terms (${years[0]?.label ?? 'start-year'} prices)`;
	return 'Present value';
}

/** The measure inside a sentence: "in cash", "in real terms (2026-27 prices)", "in present value". */
export function measureInWords(measure: Measure, years: readonly YearLabel[]): string {
	if (measure === 'cash') return 'in cash';
	if (measure === 'real') return `in real terms (${years[0]?.label ?? 'start-year'} prices)`;
	return 'in present value';
}

/** What a measure means, in one sentence, for a hint beside a choice of measure. */
export function measureHint(measure: Measure, years: readonly YearLabel[]): string {
	if (measure === 'cash') return "What would be paid in each year, at that year's prices.";
	if (measure === 'real') {
		return `Cash with general inflation taken out, in ${years[0]?.label ?? 'start-year'} prices.`;
	}
	return 'Real terms discounted to today, so that money spent later counts for less.';
}
