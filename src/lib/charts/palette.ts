/**
 * Colours for charts. Okabe and Ito's colour-blind-safe set, keeping only the colours with
 * at least 3:1 contrast against white (WCAG 2.2, 1.4.11 non-text contrast), and adding three
 * dark colours from Paul Tol's schemes for charts with more series. Colour is never the only
 * cue: every chart has a legend and a table, lines also differ in dash and point shape, and
 * stacked segments are parted by white borders.
 */
export const SERIES_COLOURS = [
	'#0072B2', // blue
	'#D55E00', // vermillion
	'#009E73', // bluish green
	'#CC79A7', // reddish purple
	'#997700', // dark yellow (Tol)
	'#332288', // indigo (Tol)
	'#882255', // wine (Tol)
	'#6F6F6F' // grey
] as const;

/** Line patterns, one per series, so lines differ without colour. */
export const SERIES_DASHES: readonly number[][] = [[], [8, 4], [2, 3], [12, 3, 2, 3]];

/** Point shapes, one per series, shown in the legend too. */
export const SERIES_POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star'] as const;

/** Text on charts: the page's near-black, 19:1 against white. */
export const TEXT_COLOUR = '#0b0c0c';
/** Grid lines: decorative, so they need no contrast. */
export const GRID_COLOUR = '#dddddd';
/** The zero line and other reference lines. */
export const AXIS_COLOUR = '#505050';

/** The colour of the series at `index`, cycling through the palette. */
export function seriesColour(index: number): string {
	return SERIES_COLOURS[index % SERIES_COLOURS.length];
}

/** WCAG 2.2 relative luminance of a "#rrggbb" colour. */
export function relativeLuminance(hex: string): number {
	const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
	const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.2 contrast ratio of two "#rrggbb" colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
	const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
	return (lighter + 0.05) / (darker + 0.05);
}
