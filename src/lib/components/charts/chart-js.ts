/**
 * chart.js with only what our charts use registered (style guide §25). Imported dynamically by
 * `Chart.svelte` when a chart is about to scroll into view, so chart.js (about half of what the
 * compare page would otherwise load first) never delays the headline.
 */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip
} from 'chart.js';

Chart.register(
	BarController,
	BarElement,
	CategoryScale,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip
);

export { Chart };
