import type { ChartType, Plugin } from 'chart.js';

/** A vertical line across the plot at one value of the x axis. */
export interface ReferenceLineOptions {
	/** Where on the x axis; null draws nothing. */
	value: number | null;
	colour: string;
}

declare module 'chart.js' {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- must match chart.js's declaration
	interface PluginOptionsByType<TType extends ChartType> {
		referenceLine?: ReferenceLineOptions;
	}
}

/**
 * Draws the tornado's central difference as a dashed line. An inline plugin (passed in the
 * chart's `plugins`, not registered globally) that reads its options on every draw, so an
 * update of `options.plugins.referenceLine` moves it. Say what the line is in words nearby
 * (the tornado names it in its axis title).
 */
export const referenceLine: Plugin<'bar', ReferenceLineOptions> = {
	id: 'referenceLine',
	afterDatasetsDraw(chart, _args, options) {
		if (options.value === null || options.value === undefined) return;
		const x = chart.scales.x.getPixelForValue(options.value);
		const { top, bottom } = chart.chartArea;
		const context = chart.ctx;
		context.save();
		context.strokeStyle = options.colour;
		context.lineWidth = 2;
		context.setLineDash([5, 4]);
		context.beginPath();
		context.moveTo(x, top);
		context.lineTo(x, bottom);
		context.stroke();
		context.restore();
	}
};
