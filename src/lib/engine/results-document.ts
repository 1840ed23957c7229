import { roundPenniesHalfUp } from './rounding';
import type { Analysis, Bounds, ClaimAnalysis, Measures, Verdict, YearLabel } from './analysis';
import type { InputField } from './types';

/** A money figure as format.md writes it: exactly two decimals, rounded half-up. */
export type MoneyString = string;

export interface MeasuresDocument {
	cash: MoneyString;
	real: MoneyString;
	presentValue: MoneyString;
}

export interface YearMeasuresDocument extends MeasuresDocument {
	year: number;
}

export interface BoundsDocument {
	low: MoneyString;
	high: MoneyString;
}

/** A claim as the results carry it (format.md, Results; methodology §6a). */
export interface ClaimDocument {
	id: string;
	difference: MoneyString;
	range: BoundsDocument;
	verdict: Verdict;
	requires: { option: string; line: string | null; field: InputField; value: string | null }[];
}

/** The results document of format.md, version 1 (revision 1.1). */
export interface ResultsDocument {
	format: 'public-cost-comparison-results';
	version: 1;
	currency: string;
	years: YearLabel[];
	options: {
		id: string;
		name: string;
		total: MeasuresDocument;
		low: MeasuresDocument;
		high: MeasuresDocument;
		years: YearMeasuresDocument[];
		lines: { id: string; total: MeasuresDocument; years: YearMeasuresDocument[] }[];
	}[];
	comparisons: {
		option: string;
		baseline: string;
		difference: MeasuresDocument;
		differenceRange: { cash: BoundsDocument; real: BoundsDocument; presentValue: BoundsDocument };
		breakEvenYear: number | null;
		sensitivity: {
			option: string;
			line: string | null;
			field: InputField;
			atLow: MoneyString;
			atHigh: MoneyString;
		}[];
		switchingValues: {
			option: string;
			line: string | null;
			field: InputField;
			value: string | null;
		}[];
	}[];
	/** Present exactly when the scenario has claims. */
	claims?: ClaimDocument[];
}

/**
 * The results document of format.md: every figure rounded half-up to the penny from its exact
 * value, the only place results are rounded for export.
 */
export function toResultsDocument(analysis: Analysis): ResultsDocument {
	const document: ResultsDocument = {
		format: 'public-cost-comparison-results',
		version: 1,
		currency: analysis.currency,
		years: analysis.years.map(({ year, label }) => ({ year, label })),
		options: analysis.options.map((option) => ({
			id: option.id,
			name: option.name,
			total: measures(option.total),
			low: measures(option.low),
			high: measures(option.high),
			years: yearMeasures(option.years),
			lines: option.lines.map((line) => ({
				id: line.id,
				total: measures(line.total),
				years: yearMeasures(line.years)
			}))
		})),
		comparisons: analysis.comparisons.map((comparison) => ({
			option: comparison.option,
			baseline: comparison.baseline,
			difference: measures(comparison.difference),
			differenceRange: {
				cash: bounds(comparison.differenceRange.cash),
				real: bounds(comparison.differenceRange.real),
				presentValue: bounds(comparison.differenceRange.presentValue)
			},
			breakEvenYear: comparison.breakEvenYear,
			sensitivity: comparison.sensitivity.map((entry) => ({
				option: entry.option,
				line: entry.line,
				field: entry.field,
				atLow: roundPenniesHalfUp(entry.atLow),
				atHigh: roundPenniesHalfUp(entry.atHigh)
			})),
			switchingValues: comparison.switchingValues.map((entry) => ({
				option: entry.option,
				line: entry.line,
				field: entry.field,
				value: entry.value === null ? null : roundPenniesHalfUp(entry.value)
			}))
		}))
	};
	if (analysis.claims !== undefined) document.claims = analysis.claims.map(claimDocument);
	return document;
}

function claimDocument(claim: ClaimAnalysis): ClaimDocument {
	return {
		id: claim.id,
		difference: roundPenniesHalfUp(claim.difference),
		range: bounds(claim.range),
		verdict: claim.verdict,
		requires: claim.requires.map((entry) => ({
			option: entry.option,
			line: entry.line,
			field: entry.field,
			value: entry.value === null ? null : roundPenniesHalfUp(entry.value)
		}))
	};
}

function measures(figure: Measures): MeasuresDocument {
	return {
		cash: roundPenniesHalfUp(figure.cash),
		real: roundPenniesHalfUp(figure.real),
		presentValue: roundPenniesHalfUp(figure.presentValue)
	};
}

function yearMeasures(years: readonly Measures[]): YearMeasuresDocument[] {
	return years.map((figure, index) => ({ year: index + 1, ...measures(figure) }));
}

function bounds(range: Bounds): BoundsDocument {
	return { low: roundPenniesHalfUp(range.low), high: roundPenniesHalfUp(range.high) };
}
