import { compactMoney } from '../format';
import { SERIES_DASHES } from '../palette';
import { linear, niceTicks } from './scale';

/**
 * A line chart as SVG geometry, worked out on the server so the embed draws its chart with no
 * script at all (chart.js needs a canvas and JavaScript). Pure: labels and numbers in,
 * coordinates and tick labels out, in the SVG's own units. The ticks and the scale are the
 * same as the report's and the downloads' SVG charts (`scale.ts`); the embed keeps its own
 * layout because it draws in two sizes and two themes.
 *
 * Total: a value that is not a finite number (a figure too large for a double) is left out of
 * the drawing, and {@link LineChartGeometry.complete} says so, so the page can say it too.
 */

/** The drawing's size and its text size, in SVG units. */
export interface ChartSize {
	width: number;
	height: number;
	fontSize: number;
}

export interface LineChartGeometry extends ChartSize {
	plot: { left: number; top: number; right: number; bottom: number };
	/** Money ticks, bottom to top; `zero` marks the zero line. */
	yTicks: { y: number; label: string; zero: boolean }[];
	/** Year ticks, thinned so their labels never overlap. */
	xTicks: { x: number; label: string }[];
	/** One per series: its polyline's points, its dash pattern and its markers' paths. */
	lines: { points: string; dash: string; markers: string[] }[];
	/** False when some value could not be drawn (not a finite number) and was left out. */
	complete: boolean;
}

/** Series with more years than this are drawn without markers, which would crowd them. */
export const MAX_YEARS_WITH_MARKERS = 25;

/** About how wide a character of the chart's text is, as a fraction of the font size. */
const CHARACTER_WIDTH = 0.6;

/** A "nice" tick step (1, 2, 2.5 or 5 times a power of ten) of at least `rough`. */
export function niceStep(rough: number): number {
	if (!(rough > 0) || !Number.isFinite(rough)) return 1;
	const power = 10 ** Math.floor(Math.log10(rough));
	const step = [1, 2, 2.5, 5, 10].find((multiple) => multiple * power >= rough * (1 - 1e-9));
	const nice = (step ?? 10) * power;
	return Number.isFinite(nice) ? nice : rough;
}

/**
 * Ticks from below the smallest value to above the largest, zero always among them; the
 * shared {@link niceTicks}, so the embed's axis is the report's. Values that are not finite
 * numbers are ignored.
 */
export function moneyTicks(values: readonly number[], count = 5): number[] {
	let low = 0;
	let high = 0;
	for (const value of values) {
		if (!Number.isFinite(value)) continue;
		if (value < low) low = value;
		if (value > high) high = value;
	}
	if (low === high) return [0, 1];
	return niceTicks(low, high, count);
}

/** The outline of series `index`'s marker at (x, y): circle, square, triangle or diamond. */
export function markerPath(index: number, x: number, y: number, r: number): string {
	const f = (n: number): string => String(Math.round(n * 10) / 10);
	switch (index % 4) {
		case 0:
			return `M${f(x - r)} ${f(y)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0z`;
		case 1:
			return `M${f(x - r)} ${f(y - r)}h${f(2 * r)}v${f(2 * r)}h${f(-2 * r)}z`;
		case 2:
			return `M${f(x)} ${f(y - r * 1.2)}L${f(x + r * 1.2)} ${f(y + r)}H${f(x - r * 1.2)}z`;
		default:
			return `M${f(x)} ${f(y - r * 1.3)}L${f(x + r * 1.3)} ${f(y)}L${f(x)} ${f(y + r * 1.3)}L${f(x - r * 1.3)} ${f(y)}z`;
	}
}

/** The dash pattern of series `index`, for `stroke-dasharray`; "" for a solid line. */
export function seriesDash(index: number): string {
	return SERIES_DASHES[index % SERIES_DASHES.length].join(' ');
}

/** Rounds a coordinate to a tenth, which is finer than any screen shows it. */
function round(n: number): number {
	return Math.round(n * 10) / 10;
}

/**
 * Lays out a line chart of money by year.
 *
 * @param labels the x axis: year labels, in order
 * @param series each line's values, one per label (pounds)
 * @param currency ISO 4217 code, for the money ticks ("£1.2m")
 * @param size the drawing's size and font size
 */
export function lineChartGeometry(
	labels: readonly string[],
	series: readonly (readonly number[])[],
	currency: string,
	size: ChartSize
): LineChartGeometry {
	const { width, height, fontSize } = size;
	const ticks = moneyTicks(series.flat());
	const tickLabels = ticks.map((tick) => compactMoney(tick, currency));
	const widest = (texts: readonly string[]): number =>
		Math.max(0, ...texts.map((label) => label.length)) * fontSize * CHARACTER_WIDTH;
	const yLabelWidth = widest(tickLabels);
	const xLabelWidth = widest(labels);

	const plot = {
		left: round(Math.max(yLabelWidth + fontSize * 0.75, xLabelWidth / 2 + 2)),
		top: round(fontSize * 0.75),
		right: round(width - xLabelWidth / 2 - 2),
		bottom: round(height - fontSize * 2)
	};
	const scale = linear([ticks[0], ticks[ticks.length - 1]], [plot.bottom, plot.top]);
	const yOf = (value: number): number => round(scale(value));
	const xOf = (index: number): number =>
		labels.length === 1
			? round((plot.left + plot.right) / 2)
			: round(plot.left + (index * (plot.right - plot.left)) / (labels.length - 1));

	// Every k-th year, so that each label has its own width and a gap to the next.
	const room = labels.length <= 1 ? Infinity : (plot.right - plot.left) / (labels.length - 1);
	const every = Math.max(1, Math.ceil((xLabelWidth + fontSize) / room));
	const xTicks = labels
		.map((label, index) => ({ x: xOf(index), label, index }))
		.filter(({ index }) => index % every === 0)
		.map(({ x, label }) => ({ x, label }));

	const showMarkers = labels.length <= MAX_YEARS_WITH_MARKERS;
	const radius = fontSize * 0.3;
	let complete = true;
	const lines = series.map((values, index) => {
		const points = values.flatMap((value, year) => {
			if (Number.isFinite(value)) return [{ x: xOf(year), y: yOf(value) }];
			complete = false;
			return [];
		});
		return {
			points: points.map(({ x, y }) => `${x},${y}`).join(' '),
			dash: seriesDash(index),
			markers: showMarkers ? points.map(({ x, y }) => markerPath(index, x, y, radius)) : []
		};
	});

	return {
		width,
		height,
		fontSize,
		plot,
		yTicks: ticks.map((tick, index) => ({
			y: yOf(tick),
			label: tickLabels[index],
			zero: tick === 0
		})),
		xTicks,
		lines,
		complete
	};
}
