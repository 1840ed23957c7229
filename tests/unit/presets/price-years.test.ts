import { describe, expect, it } from 'vitest';
import type { Scenario } from '$lib/engine';
import { findPreset, presetScenario, PRESETS } from '$lib/presets';
import {
	figuresInEarlierPrices,
	PRICE_YEARS,
	pricesNote,
	shortPricesNote
} from '$lib/presets/price-years';

const FOSTER = presetScenario(findPreset('foster-care')!);

describe('PRICE_YEARS', () => {
	it('names only money inputs that exist in their presets', () => {
		const missing = PRICE_YEARS.filter((entry) => {
			const preset = PRESETS.find((each) => each.id === entry.preset);
			const line = preset
				? presetScenario(preset)
						.options.find((o) => o.id === entry.option)
						?.lines.find((l) => l.id === entry.line)
				: undefined;
			return !line || !(entry.field in line);
		});
		expect(missing).toEqual([]);
	});

	it('finds each figure written in its preset’s document as the preset reads it', () => {
		// A figure with no spread may be written as its one value: the note reads it as such.
		const field = (scenario: unknown, entry: (typeof PRICE_YEARS)[number]): unknown => {
			const line = (scenario as Scenario).options
				.find((o) => o.id === entry.option)
				?.lines.find((l) => l.id === entry.line);
			const value = (line as Record<string, unknown> | undefined)?.[entry.field];
			return typeof value === 'string' ? { low: value, central: value, high: value } : value;
		};
		for (const entry of PRICE_YEARS) {
			const preset = findPreset(entry.preset)!;
			expect(field(preset.document, entry)).toEqual(field(presetScenario(preset), entry));
		}
	});
});

describe('figuresInEarlierPrices', () => {
	it('lists the foster preset’s weekly costs with the year of their prices', () => {
		expect(figuresInEarlierPrices(FOSTER).map((each) => [each.figure, each.prices])).toEqual([
			['Foster placements (In-house foster carers)', '2016 prices'],
			['Agency foster placements (Independent fostering agency)', '2016 prices'],
			[
				"Agency foster placements at £820 a week (Independent fostering agency at the market study's price)",
				'2021 prices'
			]
		]);
	});

	it('leaves out a figure the reader has changed', () => {
		const changed: Scenario = {
			...FOSTER,
			options: FOSTER.options.map((option) =>
				option.id === 'in-house'
					? {
							...option,
							lines: option.lines.map((line) => ({
								...line,
								amount: { low: '400', central: '400', high: '400' }
							}))
						}
					: option
			)
		};
		expect(figuresInEarlierPrices(changed).map((each) => each.option)).toEqual([
			'agency',
			'agency-market-study'
		]);
	});

	it('lists only figures dated before the first year', () => {
		expect(figuresInEarlierPrices({ ...FOSTER, startYear: 2017 }).map((e) => e.prices)).toEqual([
			'2016 prices',
			'2016 prices'
		]);
		expect(figuresInEarlierPrices({ ...FOSTER, startYear: 2016 })).toEqual([]);
	});
});

describe('pricesNote', () => {
	it('says which figures are in which prices, and why none is uplifted', () => {
		expect(pricesNote(FOSTER, '2026-27')).toBe(
			"Some figures are in an earlier year's prices and have not been uplifted to 2026-27 prices: Foster placements (In-house foster carers), 2016 prices; Agency foster placements (Independent fostering agency), 2016 prices; Agency foster placements at £820 a week (Independent fostering agency at the market study's price), 2021 prices. No price index is among the checked figures (the Green Book points to the GDP deflator), so none has been applied; in 2026-27 prices these figures would be higher by however much prices have risen since."
		);
	});

	it('is empty for a comparison that is not a preset', () => {
		expect(
			pricesNote({ ...FOSTER, title: 'Mine', options: FOSTER.options.slice(0, 1) }, '2026-27')
		).toBe('');
	});
});

describe('shortPricesNote', () => {
	it('names the years of the prices and where the full note is', () => {
		expect(shortPricesNote(FOSTER, '2026-27', 'section 1')).toBe(
			'Some figures are in 2016 and 2021 prices, not uplifted to 2026-27 prices (section 1 says which).'
		);
	});
});
