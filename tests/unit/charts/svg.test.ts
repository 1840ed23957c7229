import { describe, expect, it } from 'vitest';
import { buildAnnualCost } from '$lib/charts/annual-cost';
import { buildCumulativeCost } from '$lib/charts/cumulative-cost';
import { chartNumber } from '$lib/charts/format';
import { buildChartSvg, chartSvgFile, pictureFileName } from '$lib/charts/svg/chart-svg';
import { el, escapeXml, svgToString, type SvgNode } from '$lib/charts/svg/node';
import { linear, niceTicks } from '$lib/charts/svg/scale';
import { specFromConfig } from '$lib/charts/svg/spec';
import { wrapText } from '$lib/charts/svg/text';
import { buildTornado } from '$lib/charts/tornado';
import { example } from './examples';

/** Every node of a tree, depth first. */
function nodes(root: SvgNode): SvgNode[] {
	return [root, ...(root.children ?? []).flatMap(nodes)];
}

/** The text of every text element, in order. */
function texts(root: SvgNode): string[] {
	return nodes(root)
		.filter((node) => node.tag === 'text')
		.map((node) => node.text ?? '');
}

describe('niceTicks', () => {
	it.each([
		[0, 14_200_000, [0, 5_000_000, 10_000_000, 15_000_000]],
		[-40_000, 1_950_000, [-500_000, 0, 500_000, 1_000_000, 1_500_000, 2_000_000]],
		[0, 0, [-1, -0.5, 0, 0.5, 1]]
	])('from %d to %d gives %j', (min, max, ticks) => {
		expect(niceTicks(min, max)).toEqual(ticks);
	});

	it('always reaches past the largest value', () => {
		expect(niceTicks(6_700_000, 16_100_000).at(-1)).toBeGreaterThanOrEqual(16_100_000);
	});
});

describe('svgToString', () => {
	it('escapes text and attributes, so a name can never become markup', () => {
		const drawing = el('svg', { 'aria-label': 'a "b" & <c>' }, [el('text', {}, '<script>&')]);
		expect(svgToString(drawing)).toBe(
			'<?xml version="1.0" encoding="UTF-8"?>\n' +
				'<svg aria-label="a &quot;b&quot; &amp; &lt;c&gt;"><text>&lt;script&gt;&amp;</text></svg>\n'
		);
	});

	it.each([
		["it's", 'it&apos;s'],
		['1 < 2', '1 &lt; 2']
	])('escapes %j as %j', (text, escaped) => {
		expect(escapeXml(text)).toBe(escaped);
	});
});

describe('wrapText', () => {
	it('breaks at spaces within the width', () => {
		expect(wrapText('one two three four', 140, 20)).toEqual(['one two three', 'four']);
	});
});

describe('specFromConfig', () => {
	it('reads the series of a cumulative chart as the chart draws them', () => {
		const { scenario, analysis, results } = example('foster-placements');
		const model = buildCumulativeCost(scenario, analysis, results);
		const spec = specFromConfig(model.config, 'GBP');
		expect([spec.kind, spec.series.map((series) => series.values.at(-1))]).toEqual([
			'line',
			results.options.map((option) => chartNumber(option.total.presentValue))
		]);
	});

	it('reads a tornado as floating bars around its central difference', () => {
		const { scenario, results } = example('childrens-trust');
		const spec = specFromConfig(buildTornado(scenario, results).config, 'GBP');
		expect([spec.kind, spec.reference]).toEqual([
			'floating-bars',
			chartNumber(results.comparisons[0].difference.presentValue)
		]);
	});
});

describe('buildChartSvg', () => {
	const { scenario, analysis, results } = example('childrens-trust');

	it('carries the chart’s title, units, legend and source', () => {
		const model = buildCumulativeCost(scenario, analysis, results);
		const words = texts(buildChartSvg(model)).join(' ');
		for (const part of [
			model.title.split(' ')[0],
			'Running total',
			'Council-run service',
			'Source'
		]) {
			expect(words).toContain(part);
		}
	});

	it('leaves the title out when the page shows it as a heading', () => {
		const model = buildCumulativeCost(scenario, analysis, results);
		const first = texts(buildChartSvg(model, { title: false }))[0];
		expect(first).toBe(wrapText(model.units, 768, 13)[0]);
	});

	it('draws one point a year for each option of a line chart', () => {
		const model = buildCumulativeCost(scenario, analysis, results);
		const points = nodes(buildChartSvg(model)).filter(
			(node) => node.tag === 'circle' || (node.tag === 'rect' && node.attrs.width === 8)
		);
		expect(points).toHaveLength(results.options.length * results.years.length);
	});

	it('draws one bar segment for each line and year that is not zero', () => {
		const model = buildAnnualCost(scenario, analysis, results, 'presentValue', 'trust');
		const drawn = nodes(buildChartSvg(model)).filter(
			(node) => node.tag === 'rect' && node.attrs.stroke === '#ffffff'
		);
		const nonZero = results.options[1].lines
			.flatMap((line) => line.years)
			.filter((year) => year.presentValue !== '0.00');
		expect(drawn).toHaveLength(nonZero.length);
	});

	it('describes itself with a title and a description', () => {
		const model = buildTornado(scenario, results);
		const root = buildChartSvg(model);
		expect(root.children?.slice(0, 2).map((node) => [node.tag, node.text])).toEqual([
			['title', model.title],
			['desc', model.description]
		]);
	});

	it('writes a standalone file with the SVG namespace', () => {
		const file = chartSvgFile(buildTornado(scenario, results));
		expect(file).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
	});
});

describe('pictureFileName', () => {
	it('names the picture after the chart’s CSV', () => {
		expect(pictureFileName('trust-sensitivity.csv', 'png')).toBe('trust-sensitivity.png');
	});
});

describe('niceTicks on any numbers', () => {
	it.each([
		[0, Infinity],
		[-Infinity, Infinity],
		[Number.NaN, 5],
		[-Number.MAX_VALUE, Number.MAX_VALUE],
		[1e17, 1e17 + 32],
		[5, -5]
	])('from %d to %d ends, with at most 20 finite ticks', (min, max) => {
		const ticks = niceTicks(min, max);
		expect(ticks.length).toBeGreaterThanOrEqual(2);
		expect(ticks.length).toBeLessThanOrEqual(20);
		expect(ticks.every(Number.isFinite)).toBe(true);
	});

	it('gives a finite scale across the whole range of a double', () => {
		const y = linear([-Number.MAX_VALUE, Number.MAX_VALUE], [100, 0]);
		expect([y(-Number.MAX_VALUE), y(0), y(Number.MAX_VALUE)]).toEqual([100, 50, 0]);
	});
});
