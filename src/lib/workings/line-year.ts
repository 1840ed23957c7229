import type Decimal from 'decimal.js';
import {
	Exact,
	lineYearWorking,
	type Analysis,
	type Discount,
	type LineYearWorking,
	type Option,
	type Scenario,
	type WorkingInput
} from '$lib/engine';
import { checkYear, evidence, findLine, findOption, linesBehind } from './lookup';
import {
	BIAS_NOTE,
	FACTOR_NOTE,
	NEGATIVE_NOTE,
	OVERHEAD_NOTE,
	RISK_NOTE,
	ROUNDING_NOTE
} from './notes';
import {
	explanation,
	figure,
	formatFactor,
	formatInputMoney,
	formatMoney,
	formatNumber,
	formatPercent,
	label,
	measureName,
	power,
	result,
	step,
	text,
	yearLabelOf
} from './text';
import type { FigureRef, Measure, WorkingPart, WorkingStep, WorkingBuilder } from './types';

/**
 * How one line's figure in one year was worked out (methodology §2–§4): the cash from the
 * inputs, then real terms and present value, up to the measure asked for.
 */
export const lineYearWorkingView: WorkingBuilder<'lineYear'> = (ref, scenario, analysis) => {
	const option = findOption(scenario, ref.option);
	const line = findLine(option, ref.line);
	checkYear(scenario, ref.year);
	const working = lineYearWorking(scenario, analysis, ref.option, ref.line, ref.year);
	const year = yearLabelOf(analysis, ref.year);
	const steps = working.active
		? [...cashSteps(working, option), ...laterSteps(working, ref.measure, scenario)]
		: [explanation(inactiveSentence(working, scenario, year, analysis))];
	const showsFactor =
		working.active && ref.measure === 'presentValue' && !working.discountFactor.eq(1);
	return {
		title: `${line.label} (${option.name}), ${year}: ${measureName(ref.measure)}`,
		figure: formatMoney(working.figures[ref.measure]),
		steps,
		notes: showsFactor ? [ROUNDING_NOTE, FACTOR_NOTE] : [ROUNDING_NOTE],
		...evidence(scenario, linesBehind(option, line))
	};
};

function inactiveSentence(
	working: LineYearWorking,
	scenario: Scenario,
	year: string,
	analysis: Analysis
): string {
	const line = working.line;
	if (line.kind === 'oneOff') {
		return `Nothing is paid in this year: this one-off cost is paid in year ${line.year} (${yearLabelOf(analysis, line.year)}).`;
	}
	const from = 'fromYear' in line ? (line.fromYear ?? 1) : 1;
	const to = 'toYear' in line ? (line.toYear ?? scenario.horizonYears) : scenario.horizonYears;
	const runs =
		from === to ? `it runs in year ${from} only` : `it runs from year ${from} to year ${to}`;
	return `This line is not active in ${year} (${runs}).`;
}

function input(working: LineYearWorking, field: WorkingInput['field']): Decimal {
	const found = working.inputs.find((candidate) => candidate.field === field);
	if (!found) throw new RangeError(`The working has no ${field}`);
	return found.value;
}

const UNITS = { week: 'week', month: 'month', day: 'day', year: 'year', hour: 'hour' } as const;

/** " × 1.02¹ (uplift)", or nothing when the factor is 1 (year 1, or no growth). */
function growth(factor: Decimal | undefined, t: number, name: string): WorkingPart[] {
	if (factor === undefined || t === 0 || factor.eq(1)) return [];
	return [text(' × '), figure(power(factor, t)), text(` (${name})`)];
}

/** True when optimism bias raises this line's cash (§4a): the option gives a rate, not 0. */
function isBiased(working: LineYearWorking): boolean {
	return working.bias !== undefined && !working.bias.percent.isZero();
}

/** " = £1,723,800.00": the line's cash, before optimism bias where a bias step follows. */
function equals(working: LineYearWorking): WorkingPart[] {
	const cash = isBiased(working) ? working.cashBeforeBias : working.figures.cash;
	return [text(' = '), result(formatMoney(cash))];
}

const BIAS_WORDS = {
	oneOffPercent: 'optimism bias on one-off costs',
	ongoingPercent: 'optimism bias on ongoing costs'
} as const;

/**
 * The optimism bias step (methodology §4a): the cash before bias × (1 + rate) = the cash
 * shown. None when the option gives no bias or its rate for this line is 0.
 */
function biasSteps(working: LineYearWorking): WorkingStep[] {
	const bias = working.bias;
	if (bias === undefined || bias.percent.isZero()) return [];
	return [
		step(
			'calculation',
			label('With optimism bias: '),
			figure(formatMoney(working.cashBeforeBias)),
			text(' × (1 + '),
			figure(formatPercent(bias.percent)),
			text(` ${BIAS_WORDS[bias.rate]}) = `),
			result(formatMoney(working.figures.cash))
		),
		explanation(BIAS_NOTE)
	];
}

/** The cash of a line in a year, from its inputs (methodology §4). */
function cashSteps(working: LineYearWorking, option: Option): WorkingStep[] {
	const { line, t } = working;
	const uplift = growth(working.uplift, t, 'uplift');
	const steps: WorkingStep[] = [];
	switch (line.kind) {
		case 'recurring': {
			const periods = input(working, 'periodsPerYear');
			const quantity = input(working, 'quantity');
			const unit = UNITS[line.per];
			const billed =
				line.per === 'year' && periods.eq(1)
					? []
					: [text(' × '), figure(`${formatNumber(periods)} ${unit}${periods.eq(1) ? '' : 's'}`)];
			steps.push(
				step(
					'calculation',
					figure(formatInputMoney(input(working, 'amount'))),
					text(` a ${unit}`),
					...billed,
					...(quantity.eq(1) ? [] : [text(' × '), figure(formatNumber(quantity))]),
					...growth(working.quantityGrowth, t, 'quantity growth'),
					...uplift,
					...equals(working)
				)
			);
			break;
		}
		case 'staff': {
			const onCosts = input(working, 'onCostPercent');
			steps.push(
				step(
					'calculation',
					figure(`${formatNumber(input(working, 'fte'))} FTE`),
					text(' × '),
					figure(formatInputMoney(input(working, 'salary'))),
					...(onCosts.isZero()
						? []
						: [text(' × (1 + '), figure(formatPercent(onCosts)), text(' on-costs)')]),
					...uplift,
					...equals(working)
				)
			);
			break;
		}
		case 'oneOff':
			steps.push(
				step(
					'calculation',
					figure(formatInputMoney(input(working, 'amount'))),
					text(` (one-off, paid in year ${line.year})`),
					...uplift,
					...equals(working)
				)
			);
			break;
		case 'risk':
			steps.push(
				step(
					'calculation',
					figure(formatPercent(input(working, 'probabilityPercent'))),
					text(' a year × '),
					figure(formatInputMoney(input(working, 'impact'))),
					...uplift,
					...equals(working)
				)
			);
			break;
		case 'percentOf':
			steps.push(...overheadSteps(working, option));
			break;
	}
	steps.push(...biasSteps(working));
	if (line.kind === 'risk') steps.push(explanation(RISK_NOTE));
	if (line.kind === 'percentOf') steps.push(explanation(OVERHEAD_NOTE));
	if (working.figures.cash.isNegative() && !working.figures.cash.isZero()) {
		steps.push(explanation(NEGATIVE_NOTE));
	}
	return steps;
}

/** An overhead: its percentage of the cash of the lines it names, in the same year. */
function overheadSteps(working: LineYearWorking, option: Option): WorkingStep[] {
	const overhead = working.overhead;
	if (!overhead) throw new RangeError('An overhead line’s working has no overhead');
	const labelOf = (id: string): string =>
		option.lines.find((candidate) => candidate.id === id)?.label ?? id;
	// Charged on the named lines' cash before optimism bias (§4a); the bias follows as a step.
	const named = overhead.of.map(({ line, cashBeforeBias }) => ({
		line,
		text: formatMoney(cashBeforeBias),
		ref: lineYearRef(working, line)
	}));
	const before = working.bias === undefined ? '' : ', before optimism bias';
	const percent = figure(formatPercent(overhead.percent));
	if (named.length === 1) {
		const [only] = named;
		return [
			step(
				'calculation',
				percent,
				text(' × '),
				figure(only.text, only.ref),
				text(` (${labelOf(only.line)}${before})`),
				...equals(working)
			)
		];
	}
	let sum: Decimal = new Exact(0);
	for (const { cashBeforeBias } of overhead.of) sum = sum.plus(cashBeforeBias);
	return [
		explanation(`It is charged on ${named.length} lines, in cash in the same year${before}:`),
		...named.map((entry) =>
			step('part', label(`${labelOf(entry.line)}: `), figure(entry.text, entry.ref))
		),
		step('total', label('Charged on, in total: '), result(formatMoney(sum))),
		step('calculation', percent, text(' × '), figure(formatMoney(sum)), ...equals(working))
	];
}

function lineYearRef(working: LineYearWorking, line: string): FigureRef {
	return { kind: 'lineYear', option: working.option, line, year: working.year, measure: 'cash' };
}

/** Real terms and present value, as far as the measure asked for (methodology §2–§3). */
function laterSteps(working: LineYearWorking, measure: Measure, scenario: Scenario): WorkingStep[] {
	if (measure === 'cash') return [];
	const { figures, t } = working;
	const steps: WorkingStep[] = [realStep(working, scenario)];
	if (measure === 'real') return steps;
	if (working.discountFactor.eq(1)) {
		const why = t === 0 ? 'year 1 is not discounted' : 'this scenario does not discount';
		steps.push(
			step(
				'calculation',
				label('Present value: '),
				result(formatMoney(figures.presentValue)),
				text(`, the same as real terms (${why})`)
			)
		);
		return steps;
	}
	steps.push(
		step(
			'calculation',
			label('Present value: '),
			figure(formatMoney(figures.real)),
			text(' × '),
			figure(formatFactor(working.discountFactor)),
			text(` (discount factor for year ${working.year}, ${discountRate(scenario.discount, t)}) = `),
			result(formatMoney(figures.presentValue))
		)
	);
	return steps;
}

function realStep(working: LineYearWorking, scenario: Scenario): WorkingStep {
	const { figures, t } = working;
	if (working.inflationFactor.eq(1)) {
		const why =
			t === 0
				? 'year 1 is in start-year prices'
				: `general inflation is ${formatPercent(new Exact(scenario.inflationPercent))}`;
		return step(
			'calculation',
			label('Real terms: '),
			result(formatMoney(figures.real)),
			text(`, the same as cash (${why})`)
		);
	}
	const inflation = new Exact(scenario.inflationPercent).times('0.01').plus(1);
	return step(
		'calculation',
		label('Real terms: '),
		figure(formatMoney(figures.cash)),
		text(' ÷ '),
		figure(power(inflation, t)),
		text(' (inflation) = '),
		result(formatMoney(figures.real))
	);
}

/** The rate behind a discount factor, in words: "3.5% Green Book", "3.5% a year". */
export function discountRate(discount: Discount, t: number): string {
	switch (discount.scheme) {
		case 'green-book':
			if (t <= 30) return '3.5% Green Book';
			if (t <= 75) return 'Green Book: 3.5% to year 31, then 3%';
			return 'Green Book: 3.5% to year 31, 3% to year 76, then 2.5%';
		case 'flat':
			return `${formatPercent(new Exact(discount.ratePercent))} a year`;
		case 'none':
			return 'no discounting';
	}
}
