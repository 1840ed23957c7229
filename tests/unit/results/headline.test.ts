import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { buildHeadlines, NO_COSTS_YET, rangeClause } from '$lib/results/headline';
import { blankScenario } from '$lib/state/blank';
import { fixed, option, recurring, scenario } from '../../fixtures/scenarios';
import { CHILDRENS_TRUST, FOSTER, fromScenario, INSOURCING } from './examples';

function first(worked: typeof FOSTER): ReturnType<typeof buildHeadlines>[number] {
	return buildHeadlines(worked.analysis, worked.results)[0];
}

/** A line of a fixed price a week. */
const weekly = (amount: string): ReturnType<typeof recurring> =>
	recurring({ id: 'x', amount: fixed(amount), per: 'week' });

const bounds = (low: string, high: string): { low: Decimal; high: Decimal } => ({
	low: new Decimal(low),
	high: new Decimal(high)
});

describe('buildHeadlines', () => {
	it('states the foster difference in words with its range', () => {
		expect(first(FOSTER).text).toBe(
			"Over 5 years (2026-27 to 2030-31), an independent fostering agency would cost £12.6 million more than in-house foster carers in today's money (present value), between £11.1 million and £14.2 million across the low and high cases."
		);
	});

	it('keeps the figure in words apart so the page can emphasise it', () => {
		expect(first(FOSTER).figure).toBe('£12.6 million');
	});

	it('gives the exact figure to the penny, one step away', () => {
		expect(first(FOSTER).exact).toBe('Exactly £12,550,956.14 more.');
	});

	it('splits the exact figure out to open the working of the present-value difference', () => {
		expect(first(INSOURCING).exactParts).toEqual({
			before: 'Exactly ',
			figure: {
				text: '£1,313,207.88',
				ref: { kind: 'difference', option: 'in-house', measure: 'presentValue' }
			},
			after: ' less.'
		});
	});

	it('says plainly when the range of the difference crosses zero', () => {
		expect(first(CHILDRENS_TRUST).text).toBe(
			"Over 10 years (2026-27 to 2035-36), an independent children's trust would cost £11.4 million more than a council-run service in today's money (present value), but across the low and high cases it could be anything from £7.45 million less to £33.8 million more."
		);
	});

	it('says "less" with the size of a saving, on a calendar basis', () => {
		expect(first(INSOURCING).text).toBe(
			"Over 8 years (2027 to 2034), an in-house service would cost £1.31 million less than an outsourced contract (today) in today's money (present value), but across the low and high cases it could be anything from £3.67 million less to £1.05 million more."
		);
	});

	it('gives the exact saving without a minus sign, since it says "less"', () => {
		expect(first(INSOURCING).exact).toBe('Exactly £1,313,207.88 less.');
	});

	it('says the options cost the same when they do, with no range to explain', () => {
		const same = fromScenario(
			scenario({
				options: [
					{ ...option('a', [weekly('10')]), name: 'Council service' },
					{ ...option('b', [weekly('10')]), name: 'Private contractor' }
				]
			})
		);
		expect([
			first(same).text,
			first(same).exact,
			first(same).hasRange,
			first(same).exactParts
		]).toEqual([
			"Over 5 years (2026-27 to 2030-31), a private contractor would cost the same as a council service in today's money (present value).",
			'Exactly the same, to the penny.',
			false,
			null
		]);
	});

	it('gives one headline per comparison when there are more than two options', () => {
		const three = fromScenario(
			scenario({
				options: [
					option('a', [weekly('10')]),
					option('b', [weekly('20')]),
					option('c', [weekly('5')])
				]
			})
		);
		expect(buildHeadlines(three.analysis, three.results).map((view) => view.option)).toEqual([
			'b',
			'c'
		]);
	});

	it('gives no headline with a single option', () => {
		const one = fromScenario(scenario({ options: [option('a', [])] }));
		expect(buildHeadlines(one.analysis, one.results)).toEqual([]);
	});
});

describe('rangeClause', () => {
	it.each([
		[
			'a range of savings, smaller first',
			'-2000000',
			bounds('-3000000', '-1000000'),
			', between £1 million and £3 million across the low and high cases'
		],
		[
			'a range that reads the same in words',
			'12550000',
			bounds('12560000', '12580000'),
			', and about £12.6 million in both the low and high cases'
		],
		[
			'a range on the other side of zero from the central case',
			'1000000',
			bounds('-3000000', '-500000'),
			', but across the low and high cases it could be anything from £3 million less to £500,000 less'
		],
		[
			'a range from no difference',
			'1000000',
			bounds('0', '2000000'),
			', but across the low and high cases it could be anything from no difference to £2 million more'
		],
		['no range at all', '1000000', bounds('1000000', '1000000'), '']
	])('describes %s', (_, central, range, expected) => {
		expect(rangeClause(new Decimal(central), range, 'GBP')).toBe(expected);
	});
});

describe('the words of any comparison', () => {
	it('asks for a first cost line when no option has one, instead of "exactly the same"', () => {
		const empty = fromScenario(blankScenario(2026));
		const [headline] = buildHeadlines(empty.analysis, empty.results);
		expect([headline.text, headline.exact, headline.empty]).toEqual([NO_COSTS_YET, '', true]);
		expect(NO_COSTS_YET).toBe(
			'No costs have been entered yet. Add a first cost line to an option to compare what each would cost.'
		);
	});

	it('reads as English for names that describe rather than name an option', () => {
		const blank = blankScenario(2026);
		const priced = fromScenario({
			...blank,
			options: blank.options.map((each) => ({ ...each, lines: [weekly('10')] }))
		});
		expect(buildHeadlines(priced.analysis, priced.results)[0].text).toBe(
			"Over 5 years (2026-27 to 2030-31), the bought in option would cost the same as the in-house option in today's money (present value)."
		);
	});

	it('gives the range in a few words when it crosses zero, for shorter summaries', () => {
		expect(first(CHILDRENS_TRUST).crossing).toBe(
			'between £7.45 million less and £33.8 million more'
		);
		expect(first(FOSTER).crossing).toBeNull();
	});
});
