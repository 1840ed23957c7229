import { describe, expect, it } from 'vitest';
import type { Source } from '$lib/engine';
import {
	bestStrength,
	formatSourceDate,
	sourceView,
	STRENGTH_ORDER,
	strengthLabel,
	weakestStrength
} from '$lib/workings';
import { working } from './examples';

describe('formatSourceDate', () => {
	it.each([
		['2016-02-14', '14 February 2016'],
		['2016-02-04', '4 February 2016'],
		['2016-02', 'February 2016'],
		['2016', '2016'],
		['2016-13', '2016-13']
	])('writes %s as %s', (date, expected) => {
		expect(formatSourceDate(date)).toBe(expected);
	});
});

describe('strengthLabel', () => {
	it('labels every strength, strongest first', () => {
		expect(STRENGTH_ORDER.map(strengthLabel)).toEqual([
			'Official statistics',
			'Official report',
			'Academic',
			'Sector body',
			'Consultancy',
			'Press',
			'Campaign',
			'Anecdotal',
			'Assumption'
		]);
	});
});

describe('bestStrength', () => {
	it('picks the strongest', () => {
		expect(bestStrength(['anecdotal', 'press', 'assumption'])).toBe('press');
	});

	it('gives undefined when there is nothing to judge', () => {
		expect(bestStrength([])).toBeUndefined();
	});
});

describe('weakestStrength', () => {
	it('picks the weakest', () => {
		expect(weakestStrength(['official-statistics', 'campaign', 'academic'])).toBe('campaign');
	});
});

describe('sourceView', () => {
	const source: Source = {
		id: 'ons',
		title: 'Personnel costs',
		publisher: 'Office for National Statistics',
		date: '2024-11',
		url: 'https://www.ons.gov.uk/example',
		quote: 'Average costs rose by 3%.',
		strength: 'official-statistics',
		via: 'Local Government Chronicle'
	};

	it('formats the date and labels the strength, keeping the rest as given', () => {
		expect(sourceView(source)).toEqual({
			id: 'ons',
			title: 'Personnel costs',
			publisher: 'Office for National Statistics',
			date: 'November 2024',
			dateTime: '2024-11',
			url: 'https://www.ons.gov.uk/example',
			quote: 'Average costs rose by 3%.',
			strength: 'official-statistics',
			strengthLabel: 'Official statistics',
			via: 'Local Government Chronicle'
		});
	});

	it('never links an address that is not http or https', () => {
		expect(sourceView({ ...source, url: 'javascript:alert(1)' }).url).toBeUndefined();
	});
});

describe('caveats', () => {
	it('says plainly when a figure rests on an anecdotal source', () => {
		expect(
			working('foster-placements', {
				kind: 'lineYear',
				option: 'in-house',
				line: 'placements',
				year: 2,
				measure: 'cash'
			}).caveats
		).toEqual([
			'This figure rests on an anecdotal source: a comment or personal account, not a published statistic.'
		]);
	});

	it('says plainly when a figure rests on an assumption', () => {
		expect(
			working('childrens-trust', {
				kind: 'lineYear',
				option: 'council',
				line: 'managers',
				year: 1,
				measure: 'cash'
			}).caveats
		).toEqual([
			'This figure rests on an assumption made for the scenario: replace it with local figures.'
		]);
	});

	it('says when a line has no source', () => {
		expect(
			working('insourcing', {
				kind: 'lineYear',
				option: 'in-house',
				line: 'cleaners',
				year: 1,
				measure: 'cash'
			}).caveats
		).toEqual(["No source is given for this line's figures."]);
	});

	it('names the weak lines behind a figure made of several', () => {
		expect(
			working('foster-placements', {
				kind: 'lineYear',
				option: 'agency',
				line: 'contract-management',
				year: 3,
				measure: 'cash'
			}).caveats
		).toEqual([
			'Part of this figure rests on anecdotal sources, comments or personal accounts rather than published statistics: Agency foster placements.',
			'Part of this figure rests on assumptions made for the scenario: Commissioning and contract management. Replace them with local figures.'
		]);
	});

	it('names the option as well when a figure spans two', () => {
		expect(
			working('foster-placements', { kind: 'difference', option: 'agency', measure: 'cash' })
				.caveats[0]
		).toBe(
			'Part of this figure rests on anecdotal sources, comments or personal accounts rather than published statistics: Agency foster placements (Independent fostering agency), Foster placements (In-house foster carers).'
		);
	});

	it('says so once when no line behind a figure has a source', () => {
		expect(
			working('insourcing', { kind: 'optionTotal', option: 'contract', measure: 'cash' }).caveats
		).toEqual(['No source is given for any of the lines behind this figure.']);
	});
});

describe('sources of a working', () => {
	it('lists each source behind an overhead once: its own, then its lines’', () => {
		expect(
			working('foster-placements', {
				kind: 'lineYear',
				option: 'agency',
				line: 'contract-management',
				year: 3,
				measure: 'cash'
			}).sources.map((source) => [source.id, source.date, source.strengthLabel])
		).toEqual([
			['assumption-contract-management', '2026', 'Assumption'],
			['cc-2016-comment', '14 February 2016', 'Anecdotal']
		]);
	});
});
