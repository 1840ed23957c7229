import { describe } from 'vitest';
import { ID, runCases, type Case } from './cases';
import { REMOVE } from './documents';

describe('parseScenario: sources', () => {
	runCases([
		{
			rule: 'a source id is required',
			edits: [['sources[0].id', REMOVE]],
			problems: ['sources[0].id: is required']
		},
		{
			rule: 'a source id follows the id rule',
			edits: [['sources[0].id', 'Survey 1']],
			problems: [`sources[0].id: ${ID} (got "Survey 1")`]
		},
		{
			rule: 'a source title is required',
			edits: [['sources[0].title', REMOVE]],
			problems: ['sources[0].title: is required']
		},
		{
			rule: 'a source title is not empty',
			edits: [['sources[0].title', '']],
			problems: ['sources[0].title: must not be empty']
		},
		{
			rule: 'a source title is at most 300 characters',
			edits: [['sources[0].title', 't'.repeat(301)]],
			problems: ['sources[0].title: must be at most 300 characters long (got 301)']
		},
		{
			rule: 'a source publisher is at most 300 characters',
			edits: [['sources[0].publisher', 'p'.repeat(301)]],
			problems: ['sources[0].publisher: must be at most 300 characters long (got 301)']
		},
		{
			rule: 'a source date is YYYY, YYYY-MM or YYYY-MM-DD',
			edits: [['sources[0].date', '14/02/2016']],
			problems: [
				'sources[0].date: must be a date written YYYY, YYYY-MM or YYYY-MM-DD (got "14/02/2016")'
			]
		},
		{
			rule: 'a source date has a real month',
			edits: [['sources[0].date', '2016-13']],
			problems: [
				'sources[0].date: must be a date written YYYY, YYYY-MM or YYYY-MM-DD (got "2016-13")'
			]
		},
		{
			rule: 'a source date is on the calendar',
			edits: [['sources[0].date', '2023-02-29']],
			problems: ['sources[0].date: is not a date on the calendar (got "2023-02-29")']
		},
		{
			rule: 'a source date may be a leap day',
			edits: [['sources[0].date', '2024-02-29']],
			problems: []
		},
		{
			rule: 'a source date may be a year alone',
			edits: [['sources[0].date', '2016']],
			problems: []
		},
		...[
			'ftp://example.org/x',
			'example.org/report',
			'/relative',
			'https://',
			'javascript:alert(1)',
			'https://exa mple.org'
		].map((url): Case => ({
			rule: `a source url is never ${JSON.stringify(url)}`,
			edits: [['sources[0].url', url]],
			problems: [
				`sources[0].url: must be an absolute http or https address such as "https://example.org/report" (got ${JSON.stringify(url)})`
			]
		})),
		{
			rule: 'a source url is at most 2,000 characters',
			edits: [['sources[0].url', `https://example.org/${'a'.repeat(1981)}`]],
			problems: ['sources[0].url: must be at most 2000 characters long (got 2001)']
		},
		{
			rule: 'a source url may be http',
			edits: [['sources[0].url', 'http://example.org/a?b=c#d']],
			problems: []
		},
		{
			rule: 'a source quote is at most 1,000 characters',
			edits: [['sources[0].quote', 'q'.repeat(1001)]],
			problems: ['sources[0].quote: must be at most 1000 characters long (got 1001)']
		},
		{
			rule: 'a source strength is required',
			edits: [['sources[0].strength', REMOVE]],
			problems: ['sources[0].strength: is required']
		},
		{
			rule: 'a source strength is one of the listed strengths',
			edits: [['sources[0].strength', 'blog']],
			problems: [
				'sources[0].strength: must be one of "official-statistics", "official-report", "academic", ' +
					'"sector-body", "consultancy", "press", "campaign", "anecdotal" or "assumption" (got "blog")'
			]
		},
		{
			rule: 'a source via is at most 300 characters',
			edits: [['sources[0].via', 'v'.repeat(301)]],
			problems: ['sources[0].via: must be at most 300 characters long (got 301)']
		},
		{
			rule: 'a source takes every optional field',
			edits: [
				[
					'sources[0]',
					{
						id: 'survey',
						title: 'T',
						publisher: 'P',
						date: '2016-02-14',
						url: 'https://example.org',
						quote: 'Q',
						strength: 'press',
						via: 'V'
					}
				]
			],
			problems: []
		}
	]);
});
