/**
 * A large, realistic, deterministic scenario for the engine benchmark, built directly in the
 * engine's normalized `Scenario` form (every default applied, every input a Range), so the
 * benchmark does not depend on the validation layer.
 *
 * Same seed, same scenario: the only randomness is a seeded mulberry32 generator.
 */
import type {
	Line,
	OptionKind,
	Per,
	PercentOfLine,
	Range,
	Scenario
} from '../src/lib/engine/types';

export interface ScenarioSize {
	options: number;
	linesPerOption: number;
	horizonYears: number;
}

export const LARGE: ScenarioSize = { options: 6, linesPerOption: 25, horizonYears: 50 };

/** mulberry32: a small, fast, seeded generator of floats in [0, 1). */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A number as a plain decimal string with at most `places` decimals: 41000, 3.5, -1250.75. */
function dec(value: number, places: number): string {
	const text = value
		.toFixed(places)
		.replace(/(\.\d*?)0+$/, '$1')
		.replace(/\.$/, '');
	return text === '-0' ? '0' : text;
}

function single(value: string): Range {
	return { low: value, central: value, high: value };
}

const OPTION_KINDS: OptionKind[] = [
	'in-house',
	'agency',
	'private',
	'not-for-profit',
	'trust',
	'shared-service'
];

/** Kinds of the 25 lines of an option, in order; percentOf lines come last. */
const LINE_PLAN: (Line['kind'] | `recurring-${Per}`)[] = [
	'staff',
	'staff',
	'staff',
	'staff',
	'staff',
	'staff',
	'staff',
	'recurring-week',
	'recurring-week',
	'recurring-week',
	'recurring-month',
	'recurring-month',
	'recurring-day',
	'recurring-day',
	'recurring-year',
	'recurring-year',
	'oneOff',
	'oneOff',
	'oneOff',
	'risk',
	'risk',
	'risk',
	'percentOf',
	'percentOf',
	'percentOf'
];

export function largeScenario(seed = 20260401, size: ScenarioSize = LARGE): Scenario {
	const random = mulberry32(seed);
	const between = (low: number, high: number): number => low + (high - low) * random();
	const chance = (p: number): boolean => random() < p;
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
	const H = size.horizonYears;

	/** A range around `central`: relative spreads, rounded, in order, clamped at `min`. */
	const relative = (
		central: number,
		down: number,
		up: number,
		places: number,
		ranged: boolean,
		min = -Infinity
	): Range => {
		if (!ranged) return single(dec(central, places));
		const values = [central * (1 - down), central, central * (1 + up)]
			.map((value) => Math.max(min, Number(value.toFixed(places))))
			.sort((a, b) => a - b);
		return {
			low: dec(values[0], places),
			central: dec(values[1], places),
			high: dec(values[2], places)
		};
	};
	/** A range around `central` with absolute spreads (percentages). */
	const absolute = (
		central: number,
		down: number,
		up: number,
		places: number,
		ranged: boolean,
		min = -Infinity
	): Range => relative(central, down / central, up / central, places, ranged, min);

	/** Most lines follow general inflation; some have their own uplift, some a range of it. */
	const uplift = (): Range | undefined => {
		const roll = random();
		if (roll < 0.65) return undefined;
		if (roll < 0.9) return single(pick(['2.5', '3', '3.5', '1.5']));
		const central = pick([2.5, 3, 3.5]);
		return absolute(central, 1, 1.5, 1, true);
	};
	/** Some lines run only in a window of years. */
	const window = (p: number): { fromYear?: number; toYear?: number } => {
		if (!chance(p)) return {};
		const roll = random();
		const fromYear = 1 + Math.floor(between(0, 10));
		const toYear = Math.min(H, fromYear + 5 + Math.floor(between(0, H - fromYear)));
		if (roll < 0.4) return { fromYear };
		if (roll < 0.7) return { toYear: Math.max(5, toYear - fromYear) };
		return { fromYear, toYear };
	};
	const common = (id: string, label: string) => ({ id, label, sources: ['assumption'] });

	const recurring = (id: string, per: Per): Line => {
		let amount: number;
		let quantity: number;
		let periodsPerYear: string | undefined;
		switch (per) {
			case 'week':
				amount = between(600, 5500);
				quantity = Math.round(between(1, 40));
				if (chance(0.3)) periodsPerYear = '39';
				break;
			case 'month':
				amount = between(500, 30000);
				quantity = Math.round(between(1, 12));
				break;
			case 'day':
				amount = between(250, 900);
				quantity = Math.round(between(1, 8));
				if (chance(0.5)) periodsPerYear = '220';
				break;
			case 'year':
				amount = between(5000, 400000);
				quantity = Math.round(between(1, 3));
				break;
			case 'hour':
				amount = between(25, 90);
				quantity = Math.round(between(1, 20));
				periodsPerYear = '1650';
				break;
		}
		if (chance(0.08)) amount = -amount;
		const growth = random();
		return {
			...common(id, `Recurring cost per ${per} (${id})`),
			kind: 'recurring',
			amount: relative(amount, 0.1, 0.15, 2, chance(0.85)),
			per,
			...(periodsPerYear === undefined ? {} : { periodsPerYear }),
			quantity: relative(quantity, 0.2, 0.25, 0, chance(0.6), 0),
			quantityGrowthPercent:
				growth < 0.3
					? absolute(between(0.5, 3), 0.5, 2, 1, true, 0)
					: growth < 0.5
						? single(dec(between(0.5, 2), 1))
						: single('0'),
			...withUplift(uplift()),
			...window(0.3)
		};
	};

	const withUplift = (range: Range | undefined): { upliftPercent?: Range } =>
		range === undefined ? {} : { upliftPercent: range };

	const line = (optionIndex: number, index: number, ids: string[]): Line => {
		const plan = LINE_PLAN[index % LINE_PLAN.length];
		const id = `${plan.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}-${index + 1}`;
		if (plan.startsWith('recurring-')) return recurring(id, plan.slice(10) as Per);
		switch (plan) {
			case 'staff':
				return {
					...common(id, `Staff group ${index + 1}`),
					kind: 'staff',
					fte: relative(between(2, 80), 0.1, 0.1, 1, chance(0.8), 0),
					salary: relative(Math.round(between(240, 720)) * 100, 0.05, 0.08, 0, chance(0.7)),
					onCostPercent: absolute(between(22, 32), 2, 2, 1, chance(0.6), 0),
					...withUplift(uplift()),
					...window(0.2)
				};
			case 'oneOff': {
				const amount = between(20000, 2500000) * (optionIndex % 3 === 2 && index === 18 ? -1 : 1);
				return {
					...common(id, `One-off cost ${index + 1}`),
					kind: 'oneOff',
					amount: relative(amount, 0.2, 0.4, 0, chance(0.8)),
					year: 1 + Math.floor(between(0, 5)),
					...withUplift(chance(0.2) ? single('3') : undefined)
				};
			}
			case 'risk':
				return {
					...common(id, `Risk ${index + 1}`),
					kind: 'risk',
					probabilityPercent: relative(between(0.5, 15), 0.5, 1, 1, chance(0.8), 0),
					impact: relative(between(50000, 5000000), 0.3, 0.6, 0, chance(0.7)),
					...withUplift(uplift()),
					...window(0.3)
				};
			case 'percentOf': {
				const count = Math.min(ids.length, 2 + Math.floor(between(0, 5)));
				const of = new Set<string>();
				while (of.size < count) of.add(pick(ids));
				const percentOf: PercentOfLine = {
					...common(id, `Overhead ${index + 1}`),
					kind: 'percentOf',
					percent: absolute(between(3, 15), 2, 3, 1, chance(0.8), 0),
					of: [...of]
				};
				return percentOf;
			}
			default:
				throw new Error(`no plan for ${plan}`);
		}
	};

	const options = Array.from({ length: size.options }, (_, optionIndex) => {
		const lines: Line[] = [];
		for (let index = 0; index < size.linesPerOption; index++) {
			const direct = lines.filter((l) => l.kind !== 'percentOf').map((l) => l.id);
			lines.push(line(optionIndex, index, direct));
		}
		const kind = OPTION_KINDS[optionIndex % OPTION_KINDS.length];
		return {
			id: `option-${optionIndex + 1}`,
			name: `Option ${optionIndex + 1} (${kind})`,
			kind,
			lines
		};
	});

	return {
		format: 'public-cost-comparison',
		version: 1,
		title: 'Benchmark: a large generated scenario',
		description: `${size.options} options × ${size.linesPerOption} lines × ${size.horizonYears} years, seed ${seed}`,
		currency: 'GBP',
		startYear: 2026,
		yearBasis: 'financial',
		horizonYears: H,
		weeksPerYear: '52',
		daysPerYear: '365',
		inflationPercent: '2',
		discount: { scheme: 'green-book' },
		baseline: options[0].id,
		options,
		sources: [{ id: 'assumption', title: 'Generated for the benchmark', strength: 'assumption' }]
	};
}
