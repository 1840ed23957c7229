import { AXIS_COLOUR, GRID_COLOUR, SERIES_COLOURS, TEXT_COLOUR } from '$lib/charts/palette';
import type { EmbedTheme } from '$lib/share/embed';

/**
 * The embed chart's colours in each theme. Light is the page's own chart palette; dark takes
 * the light members of Okabe and Ito's colour-blind-safe set, each at least 3:1 against the
 * dark background (WCAG 2.2, 1.4.11), checked in tests/unit/embed/. Lines also differ in dash
 * and marker, and the legend names each one, so colour is never the only cue.
 */
export interface ChartColours {
	background: string;
	text: string;
	grid: string;
	axis: string;
	series: readonly string[];
}

export const CHART_COLOURS: Readonly<Record<EmbedTheme, ChartColours>> = {
	light: {
		background: '#ffffff',
		text: TEXT_COLOUR,
		grid: GRID_COLOUR,
		axis: AXIS_COLOUR,
		series: SERIES_COLOURS
	},
	dark: {
		background: '#0b0c0c',
		text: '#f3f2f1',
		grid: '#3b3c3d',
		axis: '#b1b4b6',
		series: [
			'#56B4E9', // sky blue
			'#E69F00', // orange
			'#009E73', // bluish green
			'#CC79A7', // reddish purple
			'#F0E442', // yellow
			'#FF8A65', // light vermillion
			'#B1B4B6', // grey
			'#FFFFFF' // white
		]
	}
};

/** The colour of series `index` in a theme, cycling through the palette. */
export function seriesColourIn(theme: EmbedTheme, index: number): string {
	const series = CHART_COLOURS[theme].series;
	return series[index % series.length];
}
