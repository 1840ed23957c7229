import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Exact } from '../../../src/lib/engine';
import { geometricSum } from '../../../src/lib/engine/geometric';
import { fromDecimal, toDecimal } from '../../../src/lib/engine/scaled';
import { SeriesCache, type Measure } from '../../../src/lib/engine/series';
import type { Discount } from '../../../src/lib/engine/types';

const DISCOUNTS: Discount[] = [
	{ scheme: 'green-book' },
	{ scheme: 'flat', ratePercent: '3.5' },
	{ scheme: 'none' }
];

describe('geometricSum', () => {
	it.each([
		['2', 0, 3, '15'],
		['1', 4, 9, '6'],
		['0.5', 1, 2, '0.75'],
		['1.0000000000001', 0, 1, '2.0000000000001'],
		['3', 5, 4, '0']
	])('sums %s^u for u = %i..%i as %s', (ratio, lo, hi, sum) => {
		expect(toDecimal(geometricSum(fromDecimal(new Exact(ratio)), lo, hi)).toString()).toBe(sum);
	});
});

describe('FactorSeries.scaledWindowSum', () => {
	it('in closed form agrees with the sum of the years, across every discount step', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...DISCOUNTS),
				fc.integer({ min: -500, max: 1500 }),
				fc.integer({ min: -300, max: 500 }),
				fc.integer({ min: 1, max: 100 }),
				fc.integer({ min: 1, max: 100 }),
				fc.constantFrom<Measure>('cash', 'real', 'presentValue'),
				(discount, growth, inflation, a, b, measure) => {
					const q = new Exact(growth).div(10000).plus(1);
					const pi = new Exact(inflation).div(10000).plus(1);
					const [from, to] = a <= b ? [a, b] : [b, a];
					const yearly = new SeriesCache(pi, discount, 100).get(q);
					yearly.markYearly();
					const closed = new SeriesCache(pi, discount, 100).get(q);
					const bySum = toDecimal(yearly.scaledWindowSum(measure, from, to));
					const byFormula = toDecimal(closed.scaledWindowSum(measure, from, to));
					const error = bySum.minus(byFormula).abs().div(bySum.abs().plus(1));
					expect(error.lt('1e-40')).toBe(true);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('refuses to become yearly once a window has been summed in closed form', () => {
		const series = new SeriesCache(new Exact('1.02'), { scheme: 'green-book' }, 5).get(
			new Exact('1.03')
		);
		series.scaledWindowSum('cash', 1, 5);
		expect(() => series.markYearly()).toThrow('a series became yearly after being summed');
	});
});
