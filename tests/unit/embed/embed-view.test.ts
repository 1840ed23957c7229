import { describe, expect, it } from 'vitest';
import { embedView } from '../../../src/lib/share/embed-view';
import { FOSTER, INSOURCING } from '../results/examples';

describe('embedView', () => {
	const view = embedView(FOSTER.scenario, FOSTER.analysis, FOSTER.results);

	it('gives the headline as the page words it, figure apart', () => {
		expect(view.headlines).toEqual([
			{
				option: 'agency',
				before: 'Over 5 years (2026-27 to 2030-31), an independent fostering agency would cost ',
				figure: '£12.6 million',
				after:
					" more than in-house foster carers in today's money (present value), between £11.1 million and £14.2 million across the low and high cases.",
				exact: 'Exactly £12,550,956.14 more.'
			}
		]);
	});

	it("ends each running total on the option's total in the results document", () => {
		expect(view.chart.series.map((series) => [series.name, series.values.at(-1)])).toEqual([
			['In-house foster carers', 7897503.86],
			['Independent fostering agency', 20448460]
		]);
	});

	it('states the last year’s totals to the penny in the chart’s text alternative', () => {
		expect(view.chart.description).toBe(
			'Line chart of the running total cost of each option in present value. By 2030-31: In-house foster carers £7,897,503.86; Independent fostering agency £20,448,460.00.'
		);
	});

	it('carries the source line of the page’s charts', () => {
		expect(view.chart.source).toBe('Sources: Community Care (anecdotal); scenario assumptions');
	});

	it('labels calendar years as the scenario does', () => {
		expect(
			embedView(INSOURCING.scenario, INSOURCING.analysis, INSOURCING.results).chart.labels
		).toEqual(['2027', '2028', '2029', '2030', '2031', '2032', '2033', '2034']);
	});
});
