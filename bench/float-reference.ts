/**
 * The central case of methodology.md (version 1) in plain JavaScript numbers, written only for
 * the benchmark: a floor for what the same arithmetic costs without decimal.js, and a check on
 * the engine's central totals (they agree to about 1e-12 relative; the product never uses
 * this, since binary floating point is banned on the path from input to result, §7).
 *
 * It does what the engine's central path does from the scenario's strings: reads the central
 * values, works out every line's cash, real and present value in every year (§2–§4), and adds
 * them up per option.
 */
import type { Discount, Line, Scenario } from '../src/lib/engine/types';

export interface FloatMeasures {
	cash: number;
	real: number;
	presentValue: number;
}

export interface FloatLine {
	id: string;
	total: FloatMeasures;
	/** Year index t = 0..H−1. */
	cash: Float64Array;
	real: Float64Array;
	presentValue: Float64Array;
}

export interface FloatOption {
	id: string;
	total: FloatMeasures;
	lines: FloatLine[];
	/** The option's years, summed over its lines. */
	cash: Float64Array;
	real: Float64Array;
	presentValue: Float64Array;
}

/** DF(t) for t = 0..H−1 (methodology §3). */
function discountFactors(discount: Discount, horizon: number): Float64Array {
	const factors = new Float64Array(horizon);
	let df = 1;
	for (let t = 0; t < horizon; t++) {
		if (t > 0) {
			const rate =
				discount.scheme === 'green-book'
					? t <= 30
						? 0.035
						: t <= 75
							? 0.03
							: 0.025
					: discount.scheme === 'flat'
						? Number(discount.ratePercent) / 100
						: 0;
			df /= 1 + rate;
		}
		factors[t] = df;
	}
	return factors;
}

function periods(scenario: Scenario, line: Extract<Line, { kind: 'recurring' }>): number {
	if (line.periodsPerYear !== undefined) return Number(line.periodsPerYear);
	switch (line.per) {
		case 'week':
			return Number(scenario.weeksPerYear);
		case 'month':
			return 12;
		case 'day':
			return Number(scenario.daysPerYear);
		case 'year':
			return 1;
	}
}

function sum(values: Float64Array): number {
	let total = 0;
	for (let t = 0; t < values.length; t++) total += values[t];
	return total;
}

function floatLine(
	id: string,
	cash: Float64Array,
	real: Float64Array,
	pv: Float64Array
): FloatLine {
	return {
		id,
		total: { cash: sum(cash), real: sum(real), presentValue: sum(pv) },
		cash,
		real,
		presentValue: pv
	};
}

/** Every option's central figures, per line and year and in total, in float64. */
export function floatReference(scenario: Scenario): FloatOption[] {
	const H = scenario.horizonYears;
	const inflation = 1 + Number(scenario.inflationPercent) / 100;
	const df = discountFactors(scenario.discount, H);
	const deflator = new Float64Array(H);
	for (let t = 0, d = 1; t < H; t++, d *= inflation) deflator[t] = d;
	const defaultUplift = Number(scenario.inflationPercent);

	return scenario.options.map((option) => {
		// Cash before optimism bias, which overheads are worked out from (methodology §4a).
		const byId = new Map<string, Float64Array>();
		const bias = option.optimismBias;
		const oneOffBias = 1 + Number(bias?.oneOffPercent.central ?? 0) / 100;
		const ongoingBias = 1 + Number(bias?.ongoingPercent.central ?? 0) / 100;
		const lines: FloatLine[] = option.lines.map((line) => {
			const cash = new Float64Array(H);
			const real = new Float64Array(H);
			const pv = new Float64Array(H);
			if (line.kind === 'percentOf') {
				const fraction = Number(line.percent.central) / 100;
				for (const name of line.of) {
					const named = byId.get(name)!;
					for (let t = 0; t < H; t++) cash[t] += fraction * named[t];
				}
			} else {
				const u = Number(line.upliftPercent?.central ?? defaultUplift) / 100;
				let base: number;
				let q = 1 + u;
				let from = 1;
				let to = H;
				switch (line.kind) {
					case 'recurring':
						base =
							Number(line.amount.central) * periods(scenario, line) * Number(line.quantity.central);
						q *= 1 + Number(line.quantityGrowthPercent.central) / 100;
						break;
					case 'staff':
						base =
							Number(line.fte.central) *
							Number(line.salary.central) *
							(1 + Number(line.onCostPercent.central) / 100);
						break;
					case 'oneOff':
						base = Number(line.amount.central);
						from = to = line.year;
						break;
					case 'risk':
						base = (Number(line.probabilityPercent.central) / 100) * Number(line.impact.central);
						break;
				}
				if (line.kind !== 'oneOff') {
					from = line.fromYear ?? 1;
					to = line.toYear ?? H;
				}
				let growth = 1;
				for (let t = 0; t < H; t++) {
					if (t >= from - 1 && t <= to - 1) cash[t] = base * growth;
					growth *= q;
				}
			}
			byId.set(line.id, cash.slice());
			const raise = line.kind === 'oneOff' ? oneOffBias : ongoingBias;
			for (let t = 0; t < H; t++) {
				cash[t] *= raise;
				real[t] = cash[t] / deflator[t];
				pv[t] = real[t] * df[t];
			}
			return floatLine(line.id, cash, real, pv);
		});
		const cash = new Float64Array(H);
		const real = new Float64Array(H);
		const pv = new Float64Array(H);
		for (const line of lines) {
			for (let t = 0; t < H; t++) {
				cash[t] += line.cash[t];
				real[t] += line.real[t];
				pv[t] += line.presentValue[t];
			}
		}
		return { ...floatLine(option.id, cash, real, pv), lines };
	});
}
