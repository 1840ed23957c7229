import { describe, expect, it } from 'vitest';
import { findPreset, presetScenario } from '../../../src/lib/presets';
import {
	galleryHeadlines,
	gallerySummary,
	strengthsBehind
} from '../../../src/lib/presets/gallery';
import type { Scenario } from '../../../src/lib/engine/types';

function preset(id: string): Scenario {
	const found = findPreset(id);
	if (!found) throw new Error(`No preset ${id}`);
	return presetScenario(found);
}

describe('galleryHeadlines', () => {
	const [agency, marketStudy] = galleryHeadlines(preset('foster-care'));

	it('gives one headline for each option compared with the baseline', () => {
		expect(galleryHeadlines(preset('foster-care')).map((each) => each.option)).toEqual([
			'agency',
			'agency-market-study'
		]);
	});

	it('says the difference in words, to three significant figures', () => {
		expect(agency.before + agency.figure + agency.after).toBe(
			"An independent fostering agency would cost £12.6 million more over 5 years than in-house foster carers, in today's money (present value)."
		);
	});

	it('gives the exact figure to the penny beside it', () => {
		expect(agency.exact).toBe('Exactly £12,550,956.14 more.');
	});

	it('names the second comparison by its own option', () => {
		expect(marketStudy.before).toBe(
			"An independent fostering agency at the market study's price would cost "
		);
	});

	it('says "less" when the option costs less than the baseline', () => {
		const [inHouse] = galleryHeadlines(preset('insourcing'));
		expect([inHouse.figure, inHouse.exact]).toEqual(['£378,000 less', 'Exactly £377,548.67 less.']);
	});

	it('says "the same" when the options cost the same to the penny', () => {
		const scenario = preset('improvement-consultancy');
		const same: Scenario = {
			...scenario,
			options: [scenario.options[0], { ...scenario.options[0], id: 'copy', name: 'Copied team' }]
		};
		const [headline] = galleryHeadlines(same);
		expect(headline.before + headline.figure + headline.after).toBe(
			"A copied team would cost the same as an in-house improvement team over 3 years, in today's money (present value)."
		);
	});
});

describe('strengthsBehind', () => {
	it('gives the strongest and weakest of the sources the lines cite', () => {
		expect(strengthsBehind(preset('foster-care'))).toEqual({
			strongest: 'press',
			weakest: 'assumption'
		});
	});

	it('ignores a source no line cites', () => {
		const scenario = preset('foster-care');
		const withExtra: Scenario = {
			...scenario,
			sources: [
				...scenario.sources,
				{ id: 'unused', title: 'Unused', strength: 'official-statistics' }
			]
		};
		expect(strengthsBehind(withExtra).strongest).toBe('press');
	});

	it('gives nothing when no line cites a source', () => {
		const scenario = preset('foster-care');
		const bare: Scenario = {
			...scenario,
			options: scenario.options.map((option) => ({
				...option,
				lines: option.lines.map((line) => ({ ...line, sources: [] }))
			}))
		};
		expect(strengthsBehind(bare)).toEqual({});
	});
});

describe('gallerySummary', () => {
	it('gives the range where it crosses zero, then the central case', () => {
		const [council] = gallerySummary(preset('childrens-homes')).headlines;
		expect(council.before + council.figure + council.after).toBe(
			"Council-run homes would cost between £8.15 million less and £2.89 million more over 5 years than private children's homes, in today's money (present value), depending on the low and high cases. The central case is £2 million more."
		);
		expect(council.exact).toBe('Exactly £1,999,745.18 more.');
	});

	it('carries the weak-evidence warning exactly when the page shows one', () => {
		expect(gallerySummary(preset('childrens-homes')).warning).toBe(
			'Parts of this result rest on weak evidence: an anecdote or an assumption, not a published figure.'
		);
		expect(gallerySummary(preset('improvement-consultancy')).warning).toBeNull();
	});
});
