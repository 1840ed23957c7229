import type { ChartConfiguration, ChartType } from 'chart.js';

/**
 * What the SVG renderer needs from a chart's chart.js configuration: the kind of chart, the
 * categories and the series, read from the same config the canvas draws, so the SVG and PNG
 * show the same figures as the page.
 */

/** The three kinds of chart the comparator draws. */
export type SvgChartKind = 'line' | 'stacked-bars' | 'floating-bars';

export interface SvgSeries {
	label: string;
	colour: string;
	/** Line dash pattern (line charts). */
	dash: number[];
	/** Point shape (line charts): circle, rect, triangle, rectRot; anything else is a circle. */
	point: string;
	/** One value a category: a number, or [from, to] for a floating bar; null for none. */
	values: (number | [number, number] | null)[];
}

export interface SvgChartSpec {
	kind: SvgChartKind;
	/** The category labels, each already split into lines. */
	categories: string[][];
	series: SvgSeries[];
	/** A dashed reference line across the value axis (the tornado's central difference). */
	reference: number | null;
	/** A title under the value axis, if the chart has one. */
	valueAxisTitle?: string;
	currency: string;
}

interface LooseDataset {
	label?: string;
	data?: unknown[];
	borderColor?: unknown;
	backgroundColor?: unknown;
	borderDash?: number[];
	pointStyle?: unknown;
}

interface LooseOptions {
	indexAxis?: string;
	scales?: { x?: { title?: { text?: unknown } } };
	plugins?: { referenceLine?: { value?: number | null } };
}

function value(raw: unknown): number | [number, number] | null {
	if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
	if (Array.isArray(raw) && raw.length === 2 && raw.every((n) => typeof n === 'number')) {
		return [raw[0] as number, raw[1] as number];
	}
	return null;
}

function colour(raw: unknown): string {
	return typeof raw === 'string' ? raw : '#0b0c0c';
}

/**
 * Reads a chart.js configuration of a line chart, a stacked bar chart or a horizontal
 * floating bar chart (the tornado).
 *
 * @param wrap splits a category label into lines (the tornado wraps its long labels)
 */
export function specFromConfig<TType extends ChartType>(
	config: ChartConfiguration<TType>,
	currency: string,
	wrap: (label: string) => string[] = (label) => [label]
): SvgChartSpec {
	const options = (config.options ?? {}) as LooseOptions;
	const kind: SvgChartKind =
		config.type === 'line' ? 'line' : options.indexAxis === 'y' ? 'floating-bars' : 'stacked-bars';
	const labels = (config.data.labels ?? []).map((label) => String(label));
	const datasets = config.data.datasets as unknown as LooseDataset[];
	const axisTitle = options.scales?.x?.title?.text;
	return {
		kind,
		categories: labels.map(wrap),
		series: datasets.map((dataset) => ({
			label: dataset.label ?? '',
			colour: colour(dataset.backgroundColor ?? dataset.borderColor),
			dash: dataset.borderDash ?? [],
			point: typeof dataset.pointStyle === 'string' ? dataset.pointStyle : 'circle',
			values: (dataset.data ?? []).map(value)
		})),
		reference: options.plugins?.referenceLine?.value ?? null,
		...(kind === 'floating-bars' && typeof axisTitle === 'string'
			? { valueAxisTitle: axisTitle }
			: {}),
		currency
	};
}
