import type {
	Analysis,
	ComparisonAnalysis,
	Line,
	LineAnalysis,
	Option,
	OptionAnalysis,
	Scenario
} from '$lib/engine';
import { optionInputsLine } from '$lib/engine';
import { caveatsFor, sourcesFor, type LineInOption } from './sources';
import type { SourceView } from './types';

/**
 * Finding what a figure reference names. A reference that names nothing in the scenario is a
 * programming error in the page, so it throws a RangeError saying what was missing.
 */

export function findOption(scenario: Scenario, id: string): Option {
	const option = scenario.options.find((candidate) => candidate.id === id);
	if (!option) throw new RangeError(`No option "${id}" in this scenario`);
	return option;
}

export function findLine(option: Option, id: string | null): Line {
	// An option's own inputs (optimism bias) have no line: they are found on its inputs line.
	if (id === null) return optionInputsLine(option);
	const line = option.lines.find((candidate) => candidate.id === id);
	if (!line) throw new RangeError(`No line "${id}" in option "${option.id}"`);
	return line;
}

export function optionFigures(analysis: Analysis, id: string): OptionAnalysis {
	const option = analysis.options.find((candidate) => candidate.id === id);
	if (!option) throw new RangeError(`No option "${id}" in this analysis`);
	return option;
}

export function lineFigures(option: OptionAnalysis, id: string): LineAnalysis {
	const line = option.lines.find((candidate) => candidate.id === id);
	if (!line) throw new RangeError(`No line "${id}" in option "${option.id}"`);
	return line;
}

export function comparisonOf(analysis: Analysis, option: string): ComparisonAnalysis {
	const comparison = analysis.comparisons.find((candidate) => candidate.option === option);
	if (!comparison)
		throw new RangeError(`No comparison for option "${option}": is it the baseline?`);
	return comparison;
}

/** Checks that a year is a whole number within the horizon. */
export function checkYear(scenario: Scenario, year: number): void {
	if (!Number.isInteger(year) || year < 1 || year > scenario.horizonYears) {
		throw new RangeError(`No year ${year} in a horizon of ${scenario.horizonYears} years`);
	}
}

/** The lines a line's figures rest on: itself, and for an overhead the lines it names. */
export function linesBehind(option: Option, line: Line): LineInOption[] {
	const ids = line.kind === 'percentOf' ? [line.id, ...line.of] : [line.id];
	return [...new Set(ids)].map((id) => ({ option, line: findLine(option, id) }));
}

/** Every line of some options. */
export function linesOf(...options: Option[]): LineInOption[] {
	return options.flatMap((option) => option.lines.map((line) => ({ option, line })));
}

/** The sources and caveats of a working that rests on some lines. */
export function evidence(
	scenario: Scenario,
	lines: readonly LineInOption[]
): { sources: SourceView[]; caveats: string[] } {
	return { sources: sourcesFor(scenario, lines), caveats: caveatsFor(scenario, lines) };
}
