import { yearLabel, type InputField, type Line, type Range, type Scenario } from '../engine/index';
import { formatNumber } from '../format/money';
import { inputName, valueInWords, valueSize } from '../results/inputs';

/**
 * A scenario's assumptions in words, for the printed report: every setting, and every line of
 * every option with each of its inputs (low, central and high), the years it runs and the
 * sources it cites. Values are shown as entered, never rounded: "£325.00 a week", "2.5%",
 * "52.142857".
 */

/** One setting of the scenario: "Inflation", "2% a year". */
export interface SettingRow {
	name: string;
	value: string;
}

/** One input of a line: its name, its central value, and its low and high values if they differ. */
export interface InputRow {
	field: InputField | 'per' | 'of';
	name: string;
	/** The central value with its unit and period: "£325.00 a week". */
	central: string;
	/** "£300.00 to £350.00 a week"; undefined when the input is a single value. */
	range?: string;
}

/** A line as the report lists it. */
export interface LineAssumptions {
	id: string;
	label: string;
	/** The kind in words: "Recurring cost", "Staff", "One-off cost", "Risk", "Overhead". */
	kind: string;
	inputs: InputRow[];
	/** The years the line is active, in words: "2026-27 to 2030-31 (years 1 to 5)". */
	years: string;
	/** The ids of the sources it cites, in its order. */
	sources: string[];
	notes?: string;
}

/** An option as the report lists it. */
export interface OptionAssumptions {
	id: string;
	name: string;
	isBaseline: boolean;
	notes?: string;
	lines: LineAssumptions[];
}

const KIND_NAMES: Record<Line['kind'], string> = {
	recurring: 'Recurring cost',
	staff: 'Staff',
	oneOff: 'One-off cost',
	risk: 'Risk (expected cost)',
	percentOf: 'Overhead on other lines'
};

const PERIOD_WORDS = {
	week: 'weeks',
	month: 'months',
	day: 'days',
	year: 'years',
	hour: 'hours'
} as const;

/** "UK financial years (April to March)" or "calendar years". */
function basisInWords(scenario: Scenario): string {
	return scenario.yearBasis === 'financial'
		? 'UK financial years (April to March)'
		: 'calendar years';
}

/** "2026-27 to 2030-31 (years 1 to 5)", or "2026-27 (year 1)" for a single year. */
export function yearsInWords(scenario: Scenario, from: number, to: number): string {
	const label = (year: number): string => yearLabel(scenario.startYear, scenario.yearBasis, year);
	if (from === to) return `${label(from)} (year ${from})`;
	return `${label(from)} to ${label(to)} (years ${from} to ${to})`;
}

/** How future years are discounted, in words (methodology §3). */
export function discountInWords(scenario: Scenario): string {
	switch (scenario.discount.scheme) {
		case 'green-book':
			return 'HM Treasury Green Book rates: 3.5% a year for the first 30 years, 3% up to year 75, then 2.5% (the first year is not discounted)';
		case 'flat':
			return `A flat ${formatNumber(scenario.discount.ratePercent)}% a year`;
		case 'none':
			return 'None (future costs are not discounted)';
	}
}

/** Every setting of the scenario, in format.md's order. */
export function settingRows(scenario: Scenario): SettingRow[] {
	const baseline = scenario.options.find((option) => option.id === scenario.baseline);
	return [
		{ name: 'Currency', value: scenario.currency },
		{ name: 'First year', value: `${yearsInWords(scenario, 1, 1)}, in ${basisInWords(scenario)}` },
		{
			name: 'Period compared',
			value: `${scenario.horizonYears} ${scenario.horizonYears === 1 ? 'year' : 'years'}: ${yearsInWords(scenario, 1, scenario.horizonYears)}`
		},
		{ name: 'Weeks in a year', value: formatNumber(scenario.weeksPerYear) },
		{ name: 'Days in a year', value: formatNumber(scenario.daysPerYear) },
		{
			name: 'General inflation',
			value: `${formatNumber(scenario.inflationPercent)}% a year (turns cash into real terms, and is the price uplift of any line that gives none)`
		},
		{ name: 'Discounting', value: discountInWords(scenario) },
		{ name: 'Baseline', value: baseline?.name ?? scenario.baseline }
	];
}

function inputRow(line: Line, field: InputField, range: Range, currency: string): InputRow {
	const central = valueInWords(line, field, range.central, currency);
	if (range.low === range.high) return { field, name: inputName(line, field), central };
	const low = valueSize(field, range.low, currency);
	return {
		field,
		name: inputName(line, field),
		central,
		range: `${low} to ${valueInWords(line, field, range.high, currency)}`
	};
}

/** The inputs of a line in format.md's field order, with the defaults the format applies. */
function lineInputs(
	scenario: Scenario,
	option: Scenario['options'][number],
	line: Line
): InputRow[] {
	const currency = scenario.currency;
	const row = (field: InputField, range: Range): InputRow => inputRow(line, field, range, currency);
	const uplift = (range: Range | undefined): InputRow =>
		range
			? row('upliftPercent', range)
			: {
					field: 'upliftPercent',
					name: inputName(line, 'upliftPercent'),
					central: `${formatNumber(scenario.inflationPercent)}% a year (general inflation)`
				};
	switch (line.kind) {
		case 'recurring': {
			const periods =
				line.periodsPerYear ??
				(line.per === 'week'
					? scenario.weeksPerYear
					: line.per === 'day'
						? scenario.daysPerYear
						: line.per === 'month'
							? '12'
							: '1');
			return [
				row('amount', line.amount),
				{
					field: 'per',
					name: 'Billed',
					central: `${formatNumber(periods)} ${PERIOD_WORDS[line.per]} a year${line.periodsPerYear === undefined ? '' : ' (set for this line)'}`
				},
				row('quantity', line.quantity),
				row('quantityGrowthPercent', line.quantityGrowthPercent),
				uplift(line.upliftPercent)
			];
		}
		case 'staff':
			return [
				row('fte', line.fte),
				row('salary', line.salary),
				row('onCostPercent', line.onCostPercent),
				uplift(line.upliftPercent)
			];
		case 'oneOff':
			return [row('amount', line.amount), uplift(line.upliftPercent)];
		case 'risk':
			return [
				row('probabilityPercent', line.probabilityPercent),
				row('impact', line.impact),
				uplift(line.upliftPercent)
			];
		case 'percentOf': {
			const names = line.of.map(
				(id) => option.lines.find((candidate) => candidate.id === id)?.label ?? id
			);
			return [
				row('percent', line.percent),
				{ field: 'of', name: 'Of', central: names.join(' + ') }
			];
		}
	}
}

/** The years a line is active, in words; an overhead follows the lines it names. */
function lineYears(scenario: Scenario, line: Line): string {
	switch (line.kind) {
		case 'oneOff':
			return yearsInWords(scenario, line.year, line.year);
		case 'percentOf':
			return 'The years of the lines it is a percentage of';
		default:
			return yearsInWords(scenario, line.fromYear ?? 1, line.toYear ?? scenario.horizonYears);
	}
}

/** Every option with every line and input, in the scenario's order. */
export function optionAssumptions(scenario: Scenario): OptionAssumptions[] {
	return scenario.options.map((option) => ({
		id: option.id,
		name: option.name,
		isBaseline: option.id === scenario.baseline,
		...(option.notes ? { notes: option.notes } : {}),
		lines: option.lines.map((line) => ({
			id: line.id,
			label: line.label,
			kind: KIND_NAMES[line.kind],
			inputs: lineInputs(scenario, option, line),
			years: lineYears(scenario, line),
			sources: line.sources,
			...(line.notes ? { notes: line.notes } : {})
		}))
	}));
}
