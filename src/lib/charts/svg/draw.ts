import { compactMoney } from '../format';
import { AXIS_COLOUR, GRID_COLOUR, TEXT_COLOUR } from '../palette';
import { el, px, type SvgNode } from './node';
import { linear, niceTicks } from './scale';
import type { SvgChartSpec, SvgSeries } from './spec';
import { textWidth } from './text';

/** The plot of an SVG chart: axes, grid and marks inside a box. */

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

const TICK_SIZE = 12;
const LINE_HEIGHT = 15;

function label(x: number, y: number, text: string, anchor: 'start' | 'middle' | 'end'): SvgNode {
	return el(
		'text',
		{ x: px(x), y: px(y), 'font-size': TICK_SIZE, fill: TEXT_COLOUR, 'text-anchor': anchor },
		text
	);
}

function line(
	x1: number,
	y1: number,
	x2: number,
	y2: number,
	stroke: string,
	dash?: string
): SvgNode {
	return el('line', {
		x1: px(x1),
		y1: px(y1),
		x2: px(x2),
		y2: px(y2),
		stroke,
		'stroke-width': dash ? 2 : 1,
		'stroke-dasharray': dash
	});
}

/**
 * The lowest and highest value the chart must show: zero included, except on a tornado, whose
 * bars meet at the central difference (as on the page's chart).
 */
function extent(spec: SvgChartSpec): [number, number] {
	let [min, max] = spec.kind === 'floating-bars' ? [Infinity, -Infinity] : [0, 0];
	const see = (value: number): void => {
		min = Math.min(min, value);
		max = Math.max(max, value);
	};
	if (spec.kind === 'stacked-bars') {
		spec.categories.forEach((_, i) => {
			let [up, down] = [0, 0];
			for (const series of spec.series) {
				const value = series.values[i];
				if (typeof value === 'number') {
					if (value > 0) up += value;
					else down += value;
				}
			}
			see(up);
			see(down);
		});
	} else {
		for (const series of spec.series) {
			for (const value of series.values) {
				if (typeof value === 'number') see(value);
				else if (value) value.forEach(see);
			}
		}
		if (spec.reference !== null) see(spec.reference);
	}
	return Number.isFinite(min) ? [min, max] : [0, 0];
}

/** A point marker in the series' shape. */
function marker(series: SvgSeries, x: number, y: number): SvgNode {
	const fill = series.colour;
	switch (series.point) {
		case 'rect':
			return el('rect', { x: px(x - 4), y: px(y - 4), width: 8, height: 8, fill });
		case 'triangle':
			return el('path', {
				d: `M${px(x)} ${px(y - 5)}L${px(x + 5)} ${px(y + 4)}L${px(x - 5)} ${px(y + 4)}Z`,
				fill
			});
		case 'rectRot':
			return el('path', {
				d: `M${px(x)} ${px(y - 5)}L${px(x + 5)} ${px(y)}L${px(x)} ${px(y + 5)}L${px(x - 5)} ${px(y)}Z`,
				fill
			});
		default:
			return el('circle', { cx: px(x), cy: px(y), r: 4, fill });
	}
}

/** Line charts and stacked bar charts: categories across, values up. */
function vertical(spec: SvgChartSpec, box: Box): SvgNode[] {
	const ticks = niceTicks(...extent(spec));
	const tickLabels = ticks.map((tick) => compactMoney(tick, spec.currency));
	const left = box.x + Math.max(...tickLabels.map((text) => textWidth(text, TICK_SIZE))) + 10;
	const bottom = box.y + box.height - LINE_HEIGHT - 6;
	const y = linear([ticks[0], ticks[ticks.length - 1]], [bottom, box.y + 6]);
	const count = Math.max(1, spec.categories.length);
	const band = (box.x + box.width - left) / count;
	const centre = (i: number): number => left + band * (i + 0.5);
	const nodes: SvgNode[] = [];
	ticks.forEach((tick, i) => {
		nodes.push(
			line(left, y(tick), box.x + box.width, y(tick), tick === 0 ? AXIS_COLOUR : GRID_COLOUR)
		);
		nodes.push(label(left - 6, y(tick) + 4, tickLabels[i], 'end'));
	});
	const widest = Math.max(...spec.categories.map((lines) => textWidth(lines[0] ?? '', TICK_SIZE)));
	const every = Math.max(1, Math.ceil((widest + 8) / band));
	spec.categories.forEach((lines, i) => {
		if (i % every === 0)
			nodes.push(label(centre(i), bottom + LINE_HEIGHT + 2, lines[0] ?? '', 'middle'));
	});
	nodes.push(line(left, box.y, left, bottom, AXIS_COLOUR));
	if (spec.kind === 'line') {
		for (const series of spec.series) {
			const points = series.values.flatMap((value, i) =>
				typeof value === 'number' ? [[centre(i), y(value)] as const] : []
			);
			const d = points.map(([px1, py], i) => `${i === 0 ? 'M' : 'L'}${px(px1)} ${px(py)}`).join('');
			nodes.push(
				el('path', {
					d,
					fill: 'none',
					stroke: series.colour,
					'stroke-width': 2,
					'stroke-dasharray': series.dash.length > 0 ? series.dash.join(' ') : undefined
				}),
				...points.map(([px1, py]) => marker(series, px1, py))
			);
		}
	} else {
		const width = band * 0.6;
		spec.categories.forEach((_, i) => {
			let [up, down] = [0, 0];
			for (const series of spec.series) {
				const value = series.values[i];
				if (typeof value !== 'number' || value === 0) continue;
				const from = value > 0 ? up : down;
				const to = from + value;
				if (value > 0) up = to;
				else down = to;
				nodes.push(
					el('rect', {
						x: px(centre(i) - width / 2),
						y: px(Math.min(y(from), y(to))),
						width: px(width),
						height: px(Math.abs(y(to) - y(from))),
						fill: series.colour,
						stroke: '#ffffff',
						'stroke-width': 1
					})
				);
			}
		});
	}
	return nodes;
}

/** Horizontal floating bars (the tornado): inputs down, values across. */
function horizontal(spec: SvgChartSpec, box: Box): SvgNode[] {
	const ticks = niceTicks(...extent(spec));
	const labelWidth = Math.min(
		box.width * 0.45,
		Math.max(0, ...spec.categories.flat().map((text) => textWidth(text, TICK_SIZE))) + 12
	);
	const left = box.x + labelWidth;
	const right = box.x + box.width - 10;
	const bottom = box.y + box.height - LINE_HEIGHT * (spec.valueAxisTitle ? 2 : 1) - 8;
	const x = linear([ticks[0], ticks[ticks.length - 1]], [left, right]);
	const count = Math.max(1, spec.categories.length);
	const band = (bottom - box.y) / count;
	const nodes: SvgNode[] = [];
	for (const tick of ticks) {
		nodes.push(line(x(tick), box.y, x(tick), bottom, tick === 0 ? AXIS_COLOUR : GRID_COLOUR));
		nodes.push(label(x(tick), bottom + LINE_HEIGHT, compactMoney(tick, spec.currency), 'middle'));
	}
	spec.categories.forEach((lines, i) => {
		const middle = box.y + band * (i + 0.5);
		const top = middle - ((lines.length - 1) * LINE_HEIGHT) / 2 + 4;
		lines.forEach((text, j) => nodes.push(label(left - 8, top + j * LINE_HEIGHT, text, 'end')));
		for (const series of spec.series) {
			const value = series.values[i];
			if (!Array.isArray(value)) continue;
			const [a, b] = [x(value[0]), x(value[1])];
			nodes.push(
				el('rect', {
					x: px(Math.min(a, b)),
					y: px(middle - band * 0.3),
					width: px(Math.max(1, Math.abs(b - a))),
					height: px(band * 0.6),
					fill: series.colour
				})
			);
		}
	});
	if (spec.reference !== null) {
		nodes.push(line(x(spec.reference), box.y, x(spec.reference), bottom, AXIS_COLOUR, '5 4'));
	}
	if (spec.valueAxisTitle) {
		nodes.push(
			label((left + right) / 2, bottom + LINE_HEIGHT * 2 + 2, spec.valueAxisTitle, 'middle')
		);
	}
	return nodes;
}

/** The plot of a chart inside a box. */
export function drawPlot(spec: SvgChartSpec, box: Box): SvgNode[] {
	return spec.kind === 'floating-bars' ? horizontal(spec, box) : vertical(spec, box);
}
