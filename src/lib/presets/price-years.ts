import type { Range, Scenario } from '../engine/types';
import { presetDocumentOf, presetOf } from './recognise';

/**
 * The year of prices of each preset figure quoted in an earlier year's prices (issue 16).
 *
 * Methodology §2 asks for every amount in start-year prices, and §8 leaves price-base
 * conversion of historic prices out of the engine. Uplifting needs a named, sourced index: the
 * Green Book points to the GDP deflator (figures.md §5), but no values of it are among the
 * checked figures in `shared/data/figures.md`, so none is applied and none is invented. Instead
 * each such figure says the year of its prices, on the page and in the headline's note.
 */

/** A preset figure and the prices it is in. */
export interface PriceYear {
	preset: string;
	option: string;
	line: string;
	/** The input, a money field: amount, salary or impact. */
	field: 'amount' | 'salary' | 'impact';
	/** The earliest year of the prices, for comparing with the start year. */
	year: number;
	/** The prices in words: "2016 prices", "2017-18 prices", "prices of 2016 to about 2024". */
	prices: string;
}

/** Every preset money figure in an earlier year's prices, from its source's date. */
export const PRICE_YEARS: readonly PriceYear[] = [
	{
		preset: 'foster-care',
		option: 'in-house',
		line: 'placements',
		field: 'amount',
		year: 2016,
		prices: '2016 prices'
	},
	{
		preset: 'foster-care',
		option: 'agency',
		line: 'placements',
		field: 'amount',
		year: 2016,
		prices: '2016 prices'
	},
	{
		preset: 'foster-care',
		option: 'agency-market-study',
		line: 'placements',
		field: 'amount',
		year: 2021,
		prices: '2021 prices'
	},
	{
		preset: 'childrens-homes',
		option: 'private',
		line: 'placements',
		field: 'amount',
		year: 2021,
		prices: 'prices of 2021 to about 2024 (the sources differ, and two are not dated)'
	},
	{
		preset: 'childrens-homes',
		option: 'council',
		line: 'places',
		field: 'amount',
		year: 2016,
		prices: 'prices of 2015-16 to about 2024 (the sources differ)'
	},
	{
		preset: 'childrens-homes',
		option: 'council-third',
		line: 'places',
		field: 'amount',
		year: 2021,
		prices: 'prices of 2021 to about 2024, as the private placements they are a third of'
	},
	{
		preset: 'agency-social-workers',
		option: 'permanent',
		line: 'social-workers',
		field: 'salary',
		year: 2018,
		prices: '2018 prices'
	},
	{
		preset: 'agency-social-workers',
		option: 'agency',
		line: 'agency-workers',
		field: 'amount',
		year: 2018,
		prices: '2018 prices'
	},
	{
		preset: 'agency-social-workers',
		option: 'managed-team',
		line: 'team',
		field: 'amount',
		year: 2021,
		prices: '2021-22 prices'
	},
	{
		preset: 'childrens-trust',
		option: 'council',
		line: 'budget',
		field: 'amount',
		year: 2017,
		prices: '2017-18 prices'
	},
	{
		preset: 'childrens-trust',
		option: 'trust',
		line: 'contract',
		field: 'amount',
		year: 2017,
		prices: '2017-18 prices'
	},
	{
		preset: 'childrens-trust',
		option: 'trust',
		line: 'set-up',
		field: 'amount',
		year: 2018,
		prices: 'prices of 2018 to 2019'
	},
	{
		preset: 'childrens-trust',
		option: 'trust',
		line: 'failure',
		field: 'impact',
		year: 2021,
		prices: '2021 prices'
	},
	{
		preset: 'practice-pilots',
		option: 'council',
		line: 'social-workers',
		field: 'salary',
		year: 2018,
		prices: '2018 prices'
	},
	{
		preset: 'practice-pilots',
		option: 'practice',
		line: 'social-workers',
		field: 'salary',
		year: 2018,
		prices: '2018 prices'
	},
	{
		preset: 'practice-pilots',
		option: 'practice',
		line: 'grant-year-1',
		field: 'amount',
		year: 2008,
		prices: '2008-09 prices'
	},
	{
		preset: 'practice-pilots',
		option: 'practice',
		line: 'grant-year-2',
		field: 'amount',
		year: 2009,
		prices: '2009-10 prices'
	},
	{
		preset: 'insourcing',
		option: 'contract',
		line: 'retender',
		field: 'amount',
		year: 2013,
		prices: '2013 prices'
	}
];

/** A figure of the scenario still in an earlier year's prices. */
export interface FigureInEarlierPrices extends PriceYear {
	/** "Agency foster placements (Independent fostering agency)". */
	figure: string;
}

/**
 * The figure `entry` names, in a scenario or in a preset's document as written (the presets'
 * unit tests check that each is written as the scenario reads it).
 */
function rangeOf(scenario: OptionsAndLines, entry: PriceYear): Range | undefined {
	const line = scenario.options
		.find((option) => option.id === entry.option)
		?.lines?.find((each) => each.id === entry.line);
	const figure = (line as Partial<Record<PriceYear['field'], Range | string>> | undefined)?.[
		entry.field
	];
	// A document may write a range with no spread as its one value (format.md).
	return typeof figure === 'string' ? { low: figure, central: figure, high: figure } : figure;
}

/** The options and lines of a scenario, or of a preset's document as written. */
interface OptionsAndLines {
	options: readonly { id?: string; lines?: readonly { id?: string }[] }[];
}

/**
 * The scenario's figures that are still a preset's figures in an earlier year's prices than the
 * scenario's first year: the preset it started from (`presetOf`), each figure unchanged from
 * the preset's and dated before `startYear`. A figure the reader has changed is theirs, in the
 * prices they chose, and is left out. Needs no preset read with the format's schemas, so the
 * page can work it out as it opens (issue 12).
 */
export function figuresInEarlierPrices(scenario: Scenario): FigureInEarlierPrices[] {
	const preset = presetOf(scenario);
	if (!preset) return [];
	return PRICE_YEARS.filter(
		(entry) => entry.preset === preset.id && entry.year < scenario.startYear
	).flatMap((entry) => {
		const now = rangeOf(scenario, entry);
		const was = rangeOf(presetDocumentOf(preset), entry);
		if (!now || !was || JSON.stringify(now) !== JSON.stringify(was)) return [];
		const option = scenario.options.find((each) => each.id === entry.option)!;
		const line = option.lines.find((each) => each.id === entry.line)!;
		return [{ ...entry, figure: `${line.label} (${option.name})` }];
	});
}

/**
 * The headline's note on prices, or "" when every figure is in the start year's prices: "Some
 * figures are in earlier years' prices, not uplifted to 2026-27 prices: Foster placements
 * (In-house foster carers), 2016 prices; …". `firstYear` is the first year's label.
 */
export function pricesNote(scenario: Scenario, firstYear: string): string {
	const figures = figuresInEarlierPrices(scenario);
	if (figures.length === 0) return '';
	const list = figures.map((each) => `${each.figure}, ${each.prices}`).join('; ');
	return `Some figures are in an earlier year's prices and have not been uplifted to ${firstYear} prices: ${list}. No price index is among the checked figures (the Green Book points to the GDP deflator), so none has been applied; in ${firstYear} prices these figures would be higher by however much prices have risen since.`;
}

/**
 * The prices note in a few words, for the brief: "Some figures are in 2016 and 2021 prices, not
 * uplifted to 2026-27 prices (section 1 says which)." "" when every figure is in the start
 * year's prices.
 */
export function shortPricesNote(scenario: Scenario, firstYear: string, fullNoteAt: string): string {
	const years = [...new Set(figuresInEarlierPrices(scenario).map((each) => each.year))].sort();
	if (years.length === 0) return '';
	const list =
		years.length === 1 ? String(years[0]) : `${years.slice(0, -1).join(', ')} and ${years.at(-1)}`;
	const where = fullNoteAt ? ` (${fullNoteAt} says which)` : '';
	return `Some figures are in ${list} prices, not uplifted to ${firstYear} prices${where}.`;
}
