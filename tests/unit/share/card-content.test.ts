import { describe, expect, it } from 'vitest';
import { buildHeadlines } from '$lib/results/headline';
import { cardContent, GENERIC_CARD, MAX_CARD_BARS } from '$lib/share/card-content';
import { fixed, option, recurring, scenario } from '../../fixtures/scenarios';
import { FOSTER, fromScenario, INSOURCING, type Worked } from '../results/examples';

const contentOf = (worked: Worked): ReturnType<typeof cardContent> =>
	cardContent(worked.scenario, worked.analysis, worked.results);

/** An option costing a fixed amount a week, with a name. */
const weekly = (id: string, name: string, amount: string): ReturnType<typeof option> => ({
	...option(id, [recurring({ id: 'x', amount: fixed(amount), per: 'week' })]),
	name
});

describe('cardContent', () => {
	it("uses the page's first headline, word for word", () => {
		expect(contentOf(FOSTER).sentence).toBe(
			buildHeadlines(FOSTER.analysis, FOSTER.results)[0].text
		);
	});

	it('gives each total in words and to the penny', () => {
		expect(contentOf(FOSTER).totals.map(({ name, words, exact }) => [name, words, exact])).toEqual([
			['In-house foster carers', '£7.9 million', '£7,897,503.86'],
			['Independent fostering agency', '£20.4 million', '£20,448,460.00']
		]);
	});

	it('gives the range, not the central figure, when the range crosses zero', () => {
		expect(contentOf(INSOURCING).figure).toBe('Between £3.67 million less and £1.05 million more');
	});

	it('carries the weak-evidence warning when the page shows one', () => {
		expect(contentOf(FOSTER).warning).toBe(
			'Parts of this result rest on weak evidence: an anecdote or an assumption, not a published figure.'
		);
	});

	it('states the headline, the totals and the weakest source in its alt text', () => {
		expect(contentOf(FOSTER).alt).toBe(
			'Public cost comparator: Foster placements: in-house carers or an independent agency. ' +
				"Over 5 years (2026-27 to 2030-31), an independent fostering agency would cost £12.6 million more than in-house foster carers in today's money (present value), between £11.1 million and £14.2 million across the low and high cases. " +
				"Total cost in today's money (present value), 2026-27 prices: In-house foster carers £7.9 million; Independent fostering agency £20.4 million. " +
				'Weakest source: Assumption. ' +
				'Parts of this result rest on weak evidence: an anecdote or an assumption, not a published figure.'
		);
	});

	it('counts a line with no source as an assumption', () => {
		const unsourced = fromScenario(
			scenario({
				options: [weekly('a', 'Council', '10'), weekly('b', 'Contractor', '12')],
				sources: [{ id: 'ons', title: 'ONS', strength: 'official-statistics' }]
			})
		);
		expect(contentOf(unsourced).strength?.text).toBe('Weakest source: Assumption');
	});

	it('names the weakest of the sources the lines cite', () => {
		const cited = (id: string, name: string): ReturnType<typeof option> => ({
			...option(id, [
				recurring({ id: 'x', amount: fixed('10'), per: 'week', sources: ['ons'] }),
				recurring({ id: 'y', amount: fixed('10'), per: 'week', sources: ['paper'] })
			]),
			name
		});
		const sourced = fromScenario(
			scenario({
				options: [cited('a', 'Council'), cited('b', 'Contractor')],
				sources: [
					{ id: 'ons', title: 'ONS', strength: 'official-statistics' },
					{ id: 'paper', title: 'A paper', strength: 'academic' }
				]
			})
		);
		expect(contentOf(sourced).strength).toEqual({
			strength: 'academic',
			text: 'Weakest source: Academic'
		});
	});

	it('says the options cost the same when they do', () => {
		const same = fromScenario(
			scenario({ options: [weekly('a', 'Council', '10'), weekly('b', 'Contractor', '10')] })
		);
		expect(contentOf(same).figure).toBe('The same cost');
	});

	it('states the cost of a lone option, with nothing to compare', () => {
		const lone = fromScenario(scenario({ options: [weekly('a', 'In-house', '1000')] }));
		expect([contentOf(lone).figure, contentOf(lone).sentence]).toEqual([
			'£243,000',
			"In-house: £243,000 over 5 years (2026-27 to 2030-31), in today's money (present value). There is no other option to compare it with yet."
		]);
	});

	it(`draws at most ${MAX_CARD_BARS} bars, keeping the baseline, and counts the rest`, () => {
		const many = fromScenario(
			scenario({
				baseline: 'e',
				options: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => weekly(id, id.toUpperCase(), '10'))
			})
		);
		const content = contentOf(many);
		expect([content.totals.map((total) => total.id), content.moreOptions]).toEqual([
			['a', 'b', 'c', 'e'],
			2
		]);
	});

	it('shows a total below zero with its minus sign, and its bar by its size', () => {
		const income = fromScenario(
			scenario({ options: [weekly('a', 'Council', '10'), weekly('b', 'Lettings', '-20')] })
		);
		expect(contentOf(income).totals.map(({ words, share }) => [words, share])).toEqual([
			['£2,430', 0.5],
			['−£4,860', 1]
		]);
	});
});

describe('GENERIC_CARD', () => {
	it('describes the product for a link with no comparison', () => {
		expect(GENERIC_CARD.sentence).toBe(
			'Does it cost the public more to deliver a service in-house or to buy it in? Compare the full cost of each option, in cash, real terms and present value, with every figure sourced.'
		);
	});
});
