import type { YearBasis } from './types';
import type { YearLabel } from './analysis';

/**
 * The label of a scenario year (methodology §1): a UK financial year runs April to March and
 * is written "2026-27"; a calendar year is written "2026". Labels never change a figure.
 *
 * @param startYear the calendar year in which year 1 starts
 * @param year the 1-based scenario year
 */
export function yearLabel(startYear: number, yearBasis: YearBasis, year: number): string {
	const first = startYear + year - 1;
	if (yearBasis === 'calendar') return String(first);
	return `${first}-${String((first + 1) % 100).padStart(2, '0')}`;
}

/** Every year of the horizon with its label, year 1 first. */
export function yearLabels(startYear: number, yearBasis: YearBasis, horizon: number): YearLabel[] {
	return Array.from({ length: horizon }, (_, index) => ({
		year: index + 1,
		label: yearLabel(startYear, yearBasis, index + 1)
	}));
}
