import { describe, expect, it } from 'vitest';
import {
	AXIS_COLOUR,
	contrastRatio,
	SERIES_COLOURS,
	seriesColour,
	TEXT_COLOUR
} from '$lib/charts/palette';

describe('SERIES_COLOURS', () => {
	it.each([...SERIES_COLOURS])('%s has at least 3:1 contrast against white', (colour) => {
		expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
	});

	it('has no colour twice', () => {
		expect(new Set(SERIES_COLOURS.map((colour) => colour.toLowerCase())).size).toBe(
			SERIES_COLOURS.length
		);
	});
});

describe('contrastRatio', () => {
	it.each([
		['#000000', '#ffffff', 21],
		['#ffffff', '#ffffff', 1],
		['#767676', '#ffffff', 4.54]
	])('gives %s on %s a ratio of %d', (a, b, expected) => {
		expect(contrastRatio(a, b)).toBeCloseTo(expected, 2);
	});

	it('gives text and axis colours at least 4.5:1 against white', () => {
		expect(
			Math.min(contrastRatio(TEXT_COLOUR, '#ffffff'), contrastRatio(AXIS_COLOUR, '#ffffff'))
		).toBeGreaterThanOrEqual(4.5);
	});
});

describe('seriesColour', () => {
	it('cycles through the palette', () => {
		expect(seriesColour(SERIES_COLOURS.length + 1)).toBe(SERIES_COLOURS[1]);
	});
});
