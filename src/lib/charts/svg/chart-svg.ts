import type { ChartType } from 'chart.js';
import { TEXT_COLOUR } from '../palette';
import type { ChartModel } from '../types';
import { drawPlot } from './draw';
import { el, px, svgToString, type SvgNode } from './node';
import { specFromConfig, type SvgChartSpec } from './spec';
import { textWidth, wrapText } from './text';

/**
 * A chart as a standalone SVG drawing, with its context (style guide §26): the title, the
 * units line, a legend, the plot, the note and the source line, so the picture still says
 * what it shows when it is pasted into a paper. Chart.js draws only on a canvas, so this draws
 * the same configuration (the same figures, colours, dashes and point shapes) as SVG. Used for
 * the printed report (canvas and print do not mix well) and the chart's SVG and PNG downloads.
 */

/** The parts of a chart model the drawing needs. */
export type SvgChartSource<TType extends ChartType = ChartType> = Pick<
	ChartModel<TType>,
	'title' | 'units' | 'source' | 'description' | 'config'
> & {
	/** Read under the chart, as the frame shows it. */
	note?: string;
	/** ISO 4217 code of the figures; GBP when absent. */
	currency?: string;
};

export interface SvgChartOptions {
	/** Width of the drawing, in CSS pixels (default 800). */
	width?: number;
	/**
	 * Whether the title is drawn (default true). A page that shows the title as a heading
	 * beside the drawing leaves it out; a file keeps it.
	 */
	title?: boolean;
}

const PAD = 16;
const TITLE_SIZE = 19;
const SMALL_SIZE = 13;
const MUTED = '#484949';

/** Lines of text, one `text` element a line, from the top at `y`; returns the nodes and the new y. */
function paragraph(
	lines: readonly string[],
	y: number,
	size: number,
	attrs: Record<string, string | number>
): [SvgNode[], number] {
	const height = Math.round(size * 1.35);
	const nodes = lines.map((text, i) =>
		el('text', { x: PAD, y: px(y + size + i * height), 'font-size': size, ...attrs }, text)
	);
	return [nodes, y + lines.length * height];
}

/** The legend: a swatch (or a line sample) and a name for each series, wrapped into rows. */
function legend(spec: SvgChartSpec, width: number, y: number): [SvgNode[], number] {
	const nodes: SvgNode[] = [];
	let x = PAD;
	let row = y;
	for (const series of spec.series) {
		const itemWidth = 22 + textWidth(series.label, SMALL_SIZE) + 18;
		if (x > PAD && x + itemWidth > width - PAD) {
			x = PAD;
			row += 20;
		}
		if (spec.kind === 'line') {
			nodes.push(
				el('line', {
					x1: x,
					y1: row + 8,
					x2: x + 18,
					y2: row + 8,
					stroke: series.colour,
					'stroke-width': 2,
					'stroke-dasharray': series.dash.length > 0 ? series.dash.join(' ') : undefined
				})
			);
		} else {
			nodes.push(el('rect', { x, y: row + 1, width: 14, height: 14, fill: series.colour }));
		}
		nodes.push(
			el(
				'text',
				{ x: px(x + 22), y: row + 13, 'font-size': SMALL_SIZE, fill: TEXT_COLOUR },
				series.label
			)
		);
		x += itemWidth;
	}
	return [nodes, row + 26];
}

/** The height of the plot: fixed for charts over years, by the number of inputs for a tornado. */
function plotHeight(spec: SvgChartSpec): number {
	if (spec.kind !== 'floating-bars') return 320;
	const lines = spec.categories.reduce((sum, category) => sum + Math.max(2, category.length), 0);
	return Math.max(120, lines * 17 + 24 + 48);
}

/** The chart as an SVG node tree, for rendering in a page. */
export function buildChartSvg<TType extends ChartType>(
	chart: SvgChartSource<TType>,
	options: SvgChartOptions = {}
): SvgNode {
	const width = options.width ?? 800;
	const text = width - 2 * PAD;
	const spec = specFromConfig(chart.config, chart.currency ?? 'GBP', (label) =>
		wrapText(label, width * 0.4, 12)
	);
	const nodes: SvgNode[] = [];
	let y = PAD;
	const add = ([parts, next]: [SvgNode[], number]): void => {
		nodes.push(...parts);
		y = next;
	};
	if (options.title !== false) {
		const title = wrapText(chart.title, text, TITLE_SIZE);
		add(paragraph(title, y, TITLE_SIZE, { 'font-weight': 700, fill: TEXT_COLOUR }));
		y += 4;
	}
	add(paragraph(wrapText(chart.units, text, SMALL_SIZE), y, SMALL_SIZE, { fill: MUTED }));
	add(legend(spec, width, y + 10));
	const height = plotHeight(spec);
	nodes.push(...drawPlot(spec, { x: PAD, y, width: text, height }));
	y += height + 8;
	if (chart.note)
		add(paragraph(wrapText(chart.note, text, SMALL_SIZE), y, SMALL_SIZE, { fill: MUTED }));
	add(paragraph(wrapText(chart.source, text, SMALL_SIZE), y + 4, SMALL_SIZE, { fill: MUTED }));
	const total = Math.ceil(y + PAD);
	return el(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			viewBox: `0 0 ${width} ${total}`,
			width,
			height: total,
			'font-family': 'Arial, Helvetica, sans-serif'
		},
		[
			el('title', {}, chart.title),
			el('desc', {}, chart.description),
			el('rect', { x: 0, y: 0, width, height: total, fill: '#ffffff' }),
			...nodes
		]
	);
}

/** The chart as the text of an .svg file. */
export function chartSvgFile<TType extends ChartType>(
	chart: SvgChartSource<TType>,
	options?: SvgChartOptions
): string {
	return svgToString(buildChartSvg(chart, options));
}

/** A chart's file name for a picture: its CSV name with the picture's extension. */
export function pictureFileName(csvFilename: string, extension: 'svg' | 'png'): string {
	return csvFilename.replace(/\.csv$/, '') + `.${extension}`;
}
