import { Exact, roundPenniesHalfUp, toResultsDocument } from '../engine/index';
import type {
	Analysis,
	BoundsDocument,
	ComparisonAnalysis,
	MeasuresDocument,
	ResultsDocument,
	Scenario,
	YearLabel
} from '../engine/index';
import { fieldInWords, locateInput, switchingValueSentence, valueInWords } from './inputs';
import { formatMoney, formatNumber } from './money';
import { columns, wrap, type Row } from './text';

/** The widest a line of prose in the report gets, in characters. */
export const REPORT_WIDTH = 100;

/** How many sensitivities the table shows per comparison, largest first. */
export const SENSITIVITIES_SHOWN = 5;

const MEASURE_NAMES: readonly [keyof MeasuresDocument, string][] = [
	['cash', 'Cash'],
	['real', 'Real terms'],
	['presentValue', 'Present value']
];

/**
 * A readable summary of a comparison for a terminal: the title; each option's totals over the
 * horizon in cash, real terms and present value with their low–high ranges; for every option
 * but the baseline the difference from the baseline with its range, the break-even year, the
 * largest sensitivities and every switching value in words. Money is rounded half-up to the
 * penny (as in the results document) and written "£12,550,956.14"; years carry the scenario's
 * labels. Ends with a newline.
 *
 * @param scenario the validated scenario, for names, labels and the inputs as entered
 * @param analysis the engine's exact figures for that scenario
 */
export function buildTable(scenario: Scenario, analysis: Analysis): string {
	const results = toResultsDocument(analysis);
	const money = (amount: string): string => formatMoney(amount, results.currency);
	const lines: string[] = [
		scenario.title,
		'='.repeat(Math.min(scenario.title.length, REPORT_WIDTH))
	];
	lines.push('', ...wrap(basis(scenario, results.years), REPORT_WIDTH));

	lines.push('', `Totals ${period(results.years)}`, '');
	const totals: Row[] = [['', 'Central', 'Low', 'High']];
	for (const option of results.options) {
		const role = option.id === scenario.baseline ? ' (baseline)' : '';
		totals.push({ heading: `${option.name}${role}` });
		for (const [measure, name] of MEASURE_NAMES) {
			totals.push([
				`  ${name}`,
				money(option.total[measure]),
				money(option.low[measure]),
				money(option.high[measure])
			]);
		}
	}
	lines.push(...columns(totals));

	analysis.comparisons.forEach((comparison, index) => {
		lines.push('', ...comparisonSection(scenario, comparison, results, index, money));
	});

	if (results.claims !== undefined && results.claims.length > 0) {
		lines.push('', ...claimsSection(scenario, results, money));
	}

	lines.push('', 'Notes');
	const notes = [
		'Low and high are input cases: every input at its low, or at its high, value. With ' +
			'negative amounts the low case need not be the cheaper one. The range of a difference ' +
			'is the option at its low case minus the baseline at its high, to the option at its ' +
			'high minus the baseline at its low.'
	];
	if (!differencesAddUp(results)) notes.push('Figures may not sum because of rounding.');
	for (const note of notes) lines.push(...wrap(note, REPORT_WIDTH, '- ', '  '));
	return lines.join('\n') + '\n';
}

const MEASURE_WORDS = { cash: 'in cash', real: 'in real terms', presentValue: 'in present value' };

const VERDICT_WORDS = {
	'below-range': 'below the range of the figures: the figures do not allow it',
	'within-range': 'within the range of the figures: the figures allow it, which is not proof',
	'above-range': 'above the range of the figures: the figures do not allow it'
};

/**
 * Claims held against the figures (methodology §6a): each claim in its own words, what it
 * claims and what the figures give over the same years and measure, the verdict, and the
 * value each input would need for the claim to be exactly true.
 */
function claimsSection(
	scenario: Scenario,
	results: ResultsDocument,
	money: (amount: string) => string
): string[] {
	const lines = ['Claims (each held against the figures over its own years and measure)'];
	const name = (id: string): string => results.options.find((o) => o.id === id)?.name ?? id;
	results.claims!.forEach((claim, index) => {
		const given = scenario.claims![index];
		const baseline = given.baseline ?? scenario.baseline;
		const years = given.years ?? scenario.horizonYears;
		const span = years === 1 ? 'year 1' : `years 1 to ${years}`;
		lines.push('', ...wrap(`${index + 1}. "${given.text}"`, REPORT_WIDTH, '  ', '     '));
		lines.push(
			...wrap(
				`${name(given.option)} minus ${name(baseline)}, ${MEASURE_WORDS[given.measure]}, ` +
					`${span}: claimed ${money(roundPenniesHalfUp(new Exact(given.amount)))}; ` +
					`the figures give ${money(claim.difference)} (range ${money(claim.range.low)} to ` +
					`${money(claim.range.high)}). The claim is ${VERDICT_WORDS[claim.verdict]}.`,
				REPORT_WIDTH,
				'     '
			)
		);
		const needed = claim.requires.filter((entry) => entry.value !== null);
		if (needed.length > 0) lines.push('     For the claim to be exactly true, one of these alone:');
		for (const entry of needed) {
			const { line, field, optionName: owner } = locateInput(scenario, entry);
			const value = valueInWords(line, field, entry.value!, results.currency);
			lines.push(
				...wrap(
					`${line.label} (${owner}), ${fieldInWords(line, field)}: ${value}`,
					REPORT_WIDTH,
					'     - ',
					'       '
				)
			);
		}
	});
	return lines;
}

/** One comparison: difference and range, break-even, sensitivities, switching values. */
function comparisonSection(
	scenario: Scenario,
	comparison: ComparisonAnalysis,
	results: ResultsDocument,
	index: number,
	money: (amount: string) => string
): string[] {
	const rounded = results.comparisons[index];
	const name = (id: string): string => results.options.find((o) => o.id === id)?.name ?? id;
	const optionName = name(comparison.option);
	const lines = [`${optionName} compared with ${name(comparison.baseline)}`, ''];

	const rows: Row[] = [['Difference (positive: costs more)', 'Central', 'Low', 'High']];
	for (const [measure, label] of MEASURE_NAMES) {
		const range: BoundsDocument = rounded.differenceRange[measure];
		rows.push([
			`  ${label}`,
			money(rounded.difference[measure]),
			money(range.low),
			money(range.high)
		]);
	}
	lines.push(...columns(rows), '');
	lines.push(
		...wrap(`Break-even: ${optionName} ${breakEven(comparison, results.years)}.`, REPORT_WIDTH)
	);

	lines.push(
		'',
		'Largest sensitivities (present-value difference with one input at its low, then its high)'
	);
	const largest = comparison.sensitivity.slice(0, SENSITIVITIES_SHOWN);
	if (largest.length === 0) lines.push('  None: no input of either option has a range.');
	largest.forEach((entry, rank) => {
		const { line, optionName: owner, range } = locateInput(scenario, entry);
		const at = (value: string | undefined): string =>
			value === undefined ? '' : ` at ${valueInWords(line, entry.field, value, results.currency)}`;
		const heading = `${rank + 1}. ${line.label} (${owner}), ${fieldInWords(line, entry.field)}`;
		const figures =
			`${money(rounded.sensitivity[rank].atLow)}${at(range?.low)}; ` +
			`${money(rounded.sensitivity[rank].atHigh)}${at(range?.high)}`;
		lines.push(
			...wrap(heading, REPORT_WIDTH, '  ', '     '),
			...wrap(figures, REPORT_WIDTH, '     ')
		);
	});

	lines.push(
		'',
		'Switching values (where the present values would be equal, everything else central)'
	);
	if (comparison.switchingValues.length === 0)
		lines.push('  None: neither option has a linear input.');
	for (const entry of comparison.switchingValues) {
		lines.push(
			...wrap(switchingValueSentence(scenario, comparison, entry), REPORT_WIDTH, '- ', '  ')
		);
	}
	return lines;
}

/** "breaks even in 2029-30 (year 4)" or "never settles below the baseline within the horizon". */
function breakEven(comparison: ComparisonAnalysis, years: readonly YearLabel[]): string {
	const year = comparison.breakEvenYear;
	if (year === null) return 'never settles below the baseline within the horizon';
	return `breaks even in ${years[year - 1].label} (year ${year})`;
}

/** "over 5 years (2026-27 to 2030-31)" or "over 1 year (2026-27)". */
function period(years: readonly YearLabel[]): string {
	const first = years[0].label;
	if (years.length === 1) return `over 1 year (${first})`;
	return `over ${years.length} years (${first} to ${years[years.length - 1].label})`;
}

/** What the three measures mean for this scenario: prices, inflation and discounting. */
function basis(scenario: Scenario, years: readonly YearLabel[]): string {
	const start = years[0].label;
	const discount = scenario.discount;
	const discounting =
		discount.scheme === 'green-book'
			? `discounted to ${start} at the Green Book rates (3.5% a year for 30 years, then lower)`
			: discount.scheme === 'flat'
				? `discounted to ${start} at ${formatNumber(discount.ratePercent)}% a year`
				: 'not discounted (the same as real terms)';
	return (
		`Money in ${scenario.currency}. Cash is in each year's own prices; real terms are in ` +
		`${start} prices, deflated by general inflation of ` +
		`${formatNumber(scenario.inflationPercent)}% a year; present values are ${discounting}.`
	);
}

/**
 * Whether every difference shown, rounded from its exact value, equals the difference of the
 * rounded totals shown above it (central, and both ends of the range; methodology §7).
 */
function differencesAddUp(results: ResultsDocument): boolean {
	const option = (id: string): ResultsDocument['options'][number] =>
		results.options.find((candidate) => candidate.id === id)!;
	const agrees = (a: string, b: string, difference: string): boolean =>
		new Exact(a).minus(b).eq(difference);
	return results.comparisons.every((comparison) => {
		const x = option(comparison.option);
		const base = option(comparison.baseline);
		return MEASURE_NAMES.every(
			([m]) =>
				agrees(x.total[m], base.total[m], comparison.difference[m]) &&
				agrees(x.low[m], base.high[m], comparison.differenceRange[m].low) &&
				agrees(x.high[m], base.low[m], comparison.differenceRange[m].high)
		);
	});
}
