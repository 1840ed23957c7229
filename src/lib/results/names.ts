import {
	optionInputsLine,
	type Line,
	type Option,
	type Scenario,
	type YearLabel
} from '../engine/index';

/**
 * Looking up what the results refer to by id: options, lines and periods in words.
 */

/** An option's name as entered; the id if there is no such option (a bug, but never a crash). */
export function optionName(
	analysis: { options: readonly { id: string; name: string }[] },
	id: string
): string {
	return analysis.options.find((option) => option.id === id)?.name ?? id;
}

/** A line of an option in the scenario; throws if there is none (the results and scenario disagree). */
export function findLine(scenario: Scenario, optionId: string, lineId: string | null): Line {
	const option: Option | undefined = scenario.options.find((each) => each.id === optionId);
	// An option's own inputs (optimism bias) have no line: they are found on its inputs line.
	if (option && lineId === null) return optionInputsLine(option);
	const line = option?.lines.find((each) => each.id === lineId);
	if (!line) throw new Error(`No line "${lineId}" in option "${optionId}"`);
	return line;
}

/** Capitalises the first letter of a sentence. */
export function sentenceCase(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The horizon as the object of "within": "the 5 years (2026-27 to 2030-31)", "the one year (2026)". */
export function theYears(years: readonly YearLabel[]): string {
	const first = years[0]?.label ?? '';
	if (years.length === 1) return `the one year (${first})`;
	return `the ${years.length} years (${first} to ${years.at(-1)?.label ?? ''})`;
}
