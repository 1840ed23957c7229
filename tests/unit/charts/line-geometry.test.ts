import { describe, expect, it } from 'vitest';
import { contrastRatio } from '$lib/charts/palette';
import {
	lineChartGeometry,
	MAX_YEARS_WITH_MARKERS,
	moneyTicks,
	niceStep
} from '$lib/charts/svg/line-geometry';
import { CHART_COLOURS } from '../../../src/routes/embed/palette';

const SIZE = { width: 640, height: 300, fontSize: 13 };
const years = (count: number): string[] =>
	Array.from({ length: count }, (_, index) => `${2026 + index}-${String(27 + index).slice(-2)}`);

describe('niceStep', () => {
	it.each([
		[0.7, 1],
		[1, 1],
		[1.3, 2],
		[2.2, 2.5],
		[3, 5],
		[6, 10],
		[1_900_000, 2_000_000],
		[0, 1]
	])('rounds %d up to %d', (rough, step) => {
		expect(niceStep(rough)).toBe(step);
	});
});

describe('moneyTicks', () => {
	it('starts at zero for costs', () => {
		expect(moneyTicks([1_500_000, 7_897_503.86])).toEqual([
			0, 2_000_000, 4_000_000, 6_000_000, 8_000_000
		]);
	});

	it('reaches below zero for a saving', () => {
		expect(moneyTicks([-3, 4])).toEqual([-4, -2, 0, 2, 4]);
	});

	it('gives an axis even when every value is zero', () => {
		expect(moneyTicks([0, 0])).toEqual([0, 1]);
	});
});

describe('lineChartGeometry', () => {
	const geometry = lineChartGeometry(
		years(5),
		[
			[1, 2, 3, 4, 5],
			[5, 4, 3, 2, 1]
		],
		'GBP',
		SIZE
	);

	it('labels the money axis compactly, in pounds', () => {
		expect(geometry.yTicks.map((tick) => tick.label)).toEqual(['£0', '£2', '£4', '£6']);
	});

	it('draws a point for every year of every series, inside the plot', () => {
		const inside = geometry.lines.every((line) =>
			line.points.split(' ').every((point) => {
				const [x, y] = point.split(',').map(Number);
				const { left, right, top, bottom } = geometry.plot;
				return x >= left && x <= right && y >= top && y <= bottom;
			})
		);
		expect([geometry.lines.map((line) => line.points.split(' ').length), inside]).toEqual([
			[5, 5],
			true
		]);
	});

	it('gives the lines different dashes', () => {
		expect(geometry.lines.map((line) => line.dash)).toEqual(['', '8 4']);
	});

	it('thins year labels on a narrow chart so they never overlap', () => {
		const narrow = lineChartGeometry(years(30), [Array(30).fill(1)], 'GBP', {
			width: 360,
			height: 260,
			fontSize: 13
		});
		const gaps = narrow.xTicks.slice(1).map((tick, index) => tick.x - narrow.xTicks[index].x);
		// "2026-27" at 13 units is about 55 units wide.
		expect(Math.min(...gaps)).toBeGreaterThan(55);
	});

	it(`leaves out markers beyond ${MAX_YEARS_WITH_MARKERS} years`, () => {
		const long = lineChartGeometry(years(40), [Array(40).fill(1)], 'GBP', SIZE);
		expect(long.lines[0].markers).toEqual([]);
	});

	it('centres a single year', () => {
		const one = lineChartGeometry(['2026-27'], [[5]], 'GBP', SIZE);
		expect(one.xTicks[0].x).toBe((one.plot.left + one.plot.right) / 2);
	});
});

describe('CHART_COLOURS', () => {
	it.each(['light', 'dark'] as const)(
		'gives every series at least 3:1 contrast with the %s background',
		(theme) => {
			const { background, series } = CHART_COLOURS[theme];
			expect(
				Math.min(...series.map((colour) => contrastRatio(colour, background)))
			).toBeGreaterThanOrEqual(3);
		}
	);

	it.each(['light', 'dark'] as const)('gives text at least 4.5:1 in the %s theme', (theme) => {
		const { background, text } = CHART_COLOURS[theme];
		expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(4.5);
	});
});

describe('lineChartGeometry with figures too large to draw', () => {
	it('leaves out values that are not finite numbers and says so', () => {
		const geometry = lineChartGeometry(years(3), [[1, Infinity, Number.NaN]], 'GBP', SIZE);
		expect(geometry.complete).toBe(false);
		expect(geometry.lines[0].points.split(' ')).toHaveLength(1);
		expect(geometry.yTicks.map((tick) => tick.label)).toEqual([
			'£0',
			'£0.25',
			'£0.5',
			'£0.75',
			'£1'
		]);
	});

	it('draws the largest doubles with a short axis, in bounded time', () => {
		const geometry = lineChartGeometry(
			years(100),
			[Array.from({ length: 100 }, (_, index) => (index % 2 === 0 ? 1 : -1) * Number.MAX_VALUE)],
			'GBP',
			SIZE
		);
		expect(geometry.complete).toBe(true);
		expect(geometry.yTicks.length).toBeLessThanOrEqual(20);
		expect(geometry.yTicks.every((tick) => Number.isFinite(tick.y))).toBe(true);
		expect(geometry.yTicks[0].label).toBe('\u2212£1.8E308');
	});
});
