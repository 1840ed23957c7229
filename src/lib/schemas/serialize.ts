import Decimal from 'decimal.js';
import type {
	Claim,
	Discount,
	Line,
	OptimismBias,
	Option,
	Range,
	Scenario,
	Source
} from '../engine/types';
import { DECIMAL_PATTERN } from './decimal';
import type { ScenarioInput } from './scenario';

/**
 * The canonical document the product writes for a scenario (format.md): every decimal as
 * a string, a Range as a single string when its three values are equal, every top-level
 * field written out, defaults included, because a file or a link must carry every input
 * (style.md §17); optional fields that are absent are left out. Fields follow format.md's
 * order, so documents diff well.
 *
 * `parseScenario(scenarioToDocument(s))` gives back `s`, as long as equal values in a
 * Range are written alike ("1" and "1.0" are equal, and are written once, as central).
 */

/** A Range as written: "325", or `{ low, central, high }` when they differ. */
export type RangeDocument = string | Range;

type Documented<T> = {
	[K in keyof T]: T[K] extends Range | undefined
		? undefined extends T[K]
			? RangeDocument | undefined
			: RangeDocument
		: T[K];
};
type EachDocumented<T> = T extends unknown ? Documented<T> : never;

/** A line as written, by kind. */
export type LineDocument = EachDocumented<Line>;
/** An option's optimism bias as written. */
export type OptimismBiasDocument = Documented<OptimismBias>;
/** An option as written. */
export type OptionDocument = Omit<Option, 'lines' | 'optimismBias'> & {
	lines: LineDocument[];
	optimismBias?: OptimismBiasDocument;
};
/** A scenario as the product writes it. */
export type ScenarioDocument = Omit<Scenario, 'options'> & { options: OptionDocument[] };

function sameValue(a: string, b: string): boolean {
	if (a === b) return true;
	return DECIMAL_PATTERN.test(a) && DECIMAL_PATTERN.test(b) && new Decimal(a).equals(b);
}

/** A Range as written: one string when low = central = high (compared as decimals). */
export function rangeToDocument(range: Range): RangeDocument {
	const { low, central, high } = range;
	return sameValue(low, central) && sameValue(high, central) ? central : { low, central, high };
}

function optionalRange(range: Range | undefined): RangeDocument | undefined {
	return range === undefined ? undefined : rangeToDocument(range);
}

/** The object without the fields whose value is undefined. */
function defined<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function lineToDocument(line: Line): LineDocument {
	const head = { id: line.id, label: line.label };
	const tail = { sources: [...line.sources], notes: line.notes };
	switch (line.kind) {
		case 'recurring':
			return defined({
				...head,
				kind: line.kind,
				amount: rangeToDocument(line.amount),
				per: line.per,
				periodsPerYear: line.periodsPerYear,
				quantity: rangeToDocument(line.quantity),
				quantityGrowthPercent: rangeToDocument(line.quantityGrowthPercent),
				upliftPercent: optionalRange(line.upliftPercent),
				fromYear: line.fromYear,
				toYear: line.toYear,
				...tail
			});
		case 'staff':
			return defined({
				...head,
				kind: line.kind,
				fte: rangeToDocument(line.fte),
				salary: rangeToDocument(line.salary),
				onCostPercent: rangeToDocument(line.onCostPercent),
				upliftPercent: optionalRange(line.upliftPercent),
				fromYear: line.fromYear,
				toYear: line.toYear,
				...tail
			});
		case 'oneOff':
			return defined({
				...head,
				kind: line.kind,
				amount: rangeToDocument(line.amount),
				year: line.year,
				upliftPercent: optionalRange(line.upliftPercent),
				...tail
			});
		case 'risk':
			return defined({
				...head,
				kind: line.kind,
				probabilityPercent: rangeToDocument(line.probabilityPercent),
				impact: rangeToDocument(line.impact),
				upliftPercent: optionalRange(line.upliftPercent),
				fromYear: line.fromYear,
				toYear: line.toYear,
				...tail
			});
		case 'percentOf':
			return defined({
				...head,
				kind: line.kind,
				percent: rangeToDocument(line.percent),
				of: [...line.of],
				...tail
			});
	}
}

function optionToDocument(option: Option): OptionDocument {
	return defined({
		id: option.id,
		name: option.name,
		kind: option.kind,
		lines: option.lines.map(lineToDocument),
		notes: option.notes,
		optimismBias:
			option.optimismBias === undefined
				? undefined
				: {
						oneOffPercent: rangeToDocument(option.optimismBias.oneOffPercent),
						ongoingPercent: rangeToDocument(option.optimismBias.ongoingPercent)
					}
	});
}

function claimToDocument(claim: Claim): Claim {
	return defined({
		id: claim.id,
		text: claim.text,
		source: claim.source,
		option: claim.option,
		baseline: claim.baseline,
		measure: claim.measure,
		years: claim.years,
		amount: claim.amount
	});
}

function sourceToDocument(source: Source): Source {
	return defined({
		id: source.id,
		title: source.title,
		publisher: source.publisher,
		date: source.date,
		url: source.url,
		quote: source.quote,
		strength: source.strength,
		via: source.via
	});
}

function discountToDocument(discount: Discount): Discount {
	return discount.scheme === 'flat'
		? { scheme: 'flat', ratePercent: discount.ratePercent }
		: { scheme: discount.scheme };
}

/** The canonical document for a validated scenario: what files, links and the API carry. */
export function scenarioToDocument(scenario: Scenario): ScenarioDocument {
	return {
		format: scenario.format,
		version: scenario.version,
		title: scenario.title,
		description: scenario.description,
		currency: scenario.currency,
		startYear: scenario.startYear,
		yearBasis: scenario.yearBasis,
		horizonYears: scenario.horizonYears,
		weeksPerYear: scenario.weeksPerYear,
		daysPerYear: scenario.daysPerYear,
		inflationPercent: scenario.inflationPercent,
		discount: discountToDocument(scenario.discount),
		baseline: scenario.baseline,
		options: scenario.options.map(optionToDocument),
		sources: scenario.sources.map(sourceToDocument),
		...(scenario.claims === undefined ? {} : { claims: scenario.claims.map(claimToDocument) })
	};
}

// A written document must be one the parser accepts.
type Assert<T extends true> = T;
/** @internal Compile-time proof that a written document is valid parser input. */
export type DocumentIsInput = Assert<ScenarioDocument extends ScenarioInput ? true : false>;
