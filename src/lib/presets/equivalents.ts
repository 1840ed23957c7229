import type Decimal from 'decimal.js';
import { Exact } from '../engine/index';
import { roundSignificantHalfUp } from '../engine/rounding';
import type { Source } from '../engine/types';
import { formatNumber } from '../format/money';
import { moneyInWords } from '../format/words';
import { UNIT_COST_SOURCES } from './unit-cost-sources';

/**
 * One equivalent beside the headline: "£12.6 million is what about 360 social workers are paid
 * in a year", from a sourced unit cost in the presets' figures, with the unit cost's source and
 * the year of its prices. The count is exact (Decimal) behind the words; none is given where no
 * unit cost fits.
 */

/** A unit cost from the presets' figures. */
export interface UnitCost {
	/** The catalogue source it comes from. */
	source: string;
	/** Pounds a year for one unit: the source's figure, times 52 for a weekly price. */
	perYear: string;
	/** How the yearly cost is made from the source's figure: "£820 a week × 52 weeks". */
	working: string;
	/** Completes "… is what about N …": ["social worker is paid", "social workers are paid"]. */
	one: string;
	many: string;
	/** What the cost covers and leaves out, in a few words. */
	covers: string;
	/** The year of the unit cost's prices. */
	prices: string;
}

/**
 * The unit costs, in the order they are tried after those the scenario itself cites. Each is a
 * figure the presets already cite, quoted in its source; the first whose count comes to at
 * least one is used.
 */
export const UNIT_COSTS: readonly UnitCost[] = [
	{
		source: 'cc-2018-pay-gap',
		perYear: '35000',
		working: 'just over £35,000 a year',
		one: 'children’s social worker at the top of the permanent pay scale is paid in a year',
		many: 'children’s social workers at the top of the permanent pay scale are paid in a year',
		covers: 'basic salary before tax, without employer’s on-costs',
		prices: '2018 prices'
	},
	{
		source: 'cma-2021-fostering',
		perYear: '42640',
		working: 'about £820 a week × 52 weeks',
		one: 'child’s foster placement with one of the largest agencies costs for a year',
		many: 'children’s foster placements with the largest agencies cost for a year',
		covers: 'the average weekly price the largest agencies charged',
		prices: '2021 prices'
	},
	{
		source: 'cma-2021-homes',
		perYear: '199160',
		working: '£3,830 a week × 52 weeks',
		one: 'place in a children’s home with one of the largest providers costs for a year',
		many: 'places in children’s homes with the largest providers cost for a year',
		covers: 'the average weekly price the largest providers charged',
		prices: '2021 prices'
	}
];

/** The equivalent of an amount, ready to show. */
export interface Equivalent {
	/** The exact count: |amount| ÷ the unit's yearly cost. */
	count: Decimal;
	/** The count in words, to two significant figures: "360", "1,200", "1.5". */
	about: string;
	/** "£12.6 million is what about 360 children's social workers … are paid in a year." */
	sentence: string;
	/** "Unit cost: just over £35,000 a year, basic salary … (Community Care, 2018; 2018 prices). …" */
	basis: string;
	source: Source;
	unit: UnitCost;
}

/** A count to two significant figures in words: 359.99 → "360", 1234 → "1,200", 1.46 → "1.5". */
export function aboutCount(count: Decimal): string {
	const rounded = roundSignificantHalfUp(count, 2);
	return formatNumber(rounded.toFixed());
}

/**
 * The equivalent of an amount (the headline's difference), from the first unit cost whose count
 * is at least one, trying first the unit costs whose source the scenario cites (a foster care
 * comparison is told in foster placements); undefined when the amount is smaller than every
 * unit cost (or zero).
 *
 * @param amount pounds, exact; its sign is ignored (the headline says more or less)
 * @param measure what the amount is, for the basis: "in present value"
 * @param cited the ids of the sources the scenario cites
 */
export function equivalentOf(
	amount: Decimal,
	currency: string,
	measure: string,
	cited: readonly string[] = []
): Equivalent | undefined {
	const size = amount.abs();
	const ordered = [
		...UNIT_COSTS.filter((unit) => cited.includes(unit.source)),
		...UNIT_COSTS.filter((unit) => !cited.includes(unit.source))
	];
	for (const unit of ordered) {
		const entry = UNIT_COST_SOURCES.find((each) => each.source.id === unit.source);
		if (!entry) continue;
		const count = size.div(new Exact(unit.perYear));
		if (count.lt(1)) continue;
		const about = aboutCount(count);
		const isOne = about === '1';
		const source = entry.source;
		const published = [source.publisher, source.date?.slice(0, 4)].filter(Boolean).join(', ');
		return {
			count,
			about,
			sentence: `${moneyInWords(size, { sign: 'never', currency })} is what about ${about} ${isOne ? unit.one : unit.many}.`,
			basis: `Unit cost: ${unit.working}, ${unit.covers} (${published}; ${unit.prices}). The amount is ${measure}; the unit cost is not uplifted to today's prices.`,
			source,
			unit
		};
	}
	return undefined;
}
