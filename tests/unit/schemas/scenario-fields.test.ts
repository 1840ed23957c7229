import { describe } from 'vitest';
import { ID, runCases, UNKNOWN } from './cases';
import { REMOVE } from './documents';

describe('parseScenario: the scenario fields', () => {
	runCases([
		{ rule: 'format is required', edits: [['format', REMOVE]], problems: ['format: is required'] },
		{
			rule: 'format is exactly "public-cost-comparison"',
			edits: [['format', 'pcc']],
			problems: ['format: must be "public-cost-comparison" (got "pcc")']
		},
		{
			rule: 'format explains a results file',
			edits: [['format', 'public-cost-comparison-results']],
			problems: ['format: must be "public-cost-comparison"; this is a results file, not a scenario']
		},
		{
			rule: 'version is required',
			edits: [['version', REMOVE]],
			problems: ['version: is required']
		},
		{
			rule: 'version is the integer 1',
			edits: [['version', '1']],
			problems: ['version: must be 1 (got "1")']
		},
		{
			rule: 'a newer version is refused with a clear message',
			edits: [['version', 2]],
			problems: [
				'version: is 2, newer than this release can read (it reads version 1); open the file with a newer release'
			]
		},
		{ rule: 'title is required', edits: [['title', REMOVE]], problems: ['title: is required'] },
		{ rule: 'title is not empty', edits: [['title', '']], problems: ['title: must not be empty'] },
		{
			rule: 'title is at most 200 characters',
			edits: [['title', 'x'.repeat(201)]],
			problems: ['title: must be at most 200 characters long (got 201)']
		},
		{
			rule: 'title is a string',
			edits: [['title', 5]],
			problems: ['title: must be a string (got 5)']
		},
		{
			rule: 'description is at most 5,000 characters',
			edits: [['description', 'x'.repeat(5001)]],
			problems: ['description: must be at most 5000 characters long (got 5001)']
		},
		{
			rule: 'currency is an ISO 4217 code in capitals',
			edits: [['currency', 'gbp']],
			problems: [
				'currency: must be a three-letter ISO 4217 currency code in capitals, such as "GBP" (got "gbp")'
			]
		},
		{
			rule: 'currency has three letters',
			edits: [['currency', 'POUND']],
			problems: [
				'currency: must be a three-letter ISO 4217 currency code in capitals, such as "GBP" (got "POUND")'
			]
		},
		{
			rule: 'startYear is required',
			edits: [['startYear', REMOVE]],
			problems: ['startYear: is required']
		},
		{
			rule: 'startYear is at least 1900',
			edits: [['startYear', 1899]],
			problems: ['startYear: must be a whole number from 1900 to 2200 (got 1899)']
		},
		{
			rule: 'startYear is at most 2200',
			edits: [['startYear', 2201]],
			problems: ['startYear: must be a whole number from 1900 to 2200 (got 2201)']
		},
		{
			rule: 'startYear is a whole number',
			edits: [['startYear', 2026.5]],
			problems: ['startYear: must be a whole number from 1900 to 2200 (got 2026.5)']
		},
		{
			rule: 'startYear is a JSON number, not a string',
			edits: [['startYear', '2026']],
			problems: ['startYear: must be a whole number from 1900 to 2200 (got "2026")']
		},
		{
			rule: 'yearBasis is "financial" or "calendar"',
			edits: [['yearBasis', 'fiscal']],
			problems: ['yearBasis: must be one of "financial" or "calendar" (got "fiscal")']
		},
		{
			rule: 'horizonYears is required',
			edits: [['horizonYears', REMOVE]],
			problems: ['horizonYears: is required']
		},
		{
			rule: 'horizonYears is at most 100',
			edits: [['horizonYears', 101]],
			problems: ['horizonYears: must be a whole number from 1 to 100 (got 101)']
		},
		{
			rule: 'horizonYears is a whole number',
			edits: [['horizonYears', 2.5]],
			problems: ['horizonYears: must be a whole number from 1 to 100 (got 2.5)']
		},
		{
			rule: 'weeksPerYear is above 0',
			edits: [['weeksPerYear', '0']],
			problems: ['weeksPerYear: must be above 0 and at most 53 (got "0")']
		},
		{
			rule: 'weeksPerYear is at most 53',
			edits: [['weeksPerYear', '53.0001']],
			problems: ['weeksPerYear: must be above 0 and at most 53 (got "53.0001")']
		},
		{ rule: 'weeksPerYear may be 53', edits: [['weeksPerYear', '53']], problems: [] },
		{
			rule: 'daysPerYear is above 0',
			edits: [['daysPerYear', -1]],
			problems: ['daysPerYear: must be above 0 and at most 366 (got -1)']
		},
		{
			rule: 'daysPerYear is at most 366',
			edits: [['daysPerYear', '367']],
			problems: ['daysPerYear: must be above 0 and at most 366 (got "367")']
		},
		{
			rule: 'inflationPercent is above -100',
			edits: [['inflationPercent', '-100']],
			problems: ['inflationPercent: must be above -100 and at most 1000 (got "-100")']
		},
		{
			rule: 'inflationPercent is at most 1000',
			edits: [['inflationPercent', '1000.0000000001']],
			problems: ['inflationPercent: must be above -100 and at most 1000 (got "1000.0000000001")']
		},
		{
			rule: 'inflationPercent may be just above -100',
			edits: [['inflationPercent', '-99.9999999999']],
			problems: []
		},
		{
			rule: 'discount is an object',
			edits: [['discount', 'green-book']],
			problems: ['discount: must be an object (got "green-book")']
		},
		{
			rule: 'discount has a scheme',
			edits: [['discount', {}]],
			problems: ['discount.scheme: is required']
		},
		{
			rule: 'discount scheme is one of three',
			edits: [['discount', { scheme: 'treasury' }]],
			problems: ['discount.scheme: must be one of "green-book", "flat" or "none" (got "treasury")']
		},
		{
			rule: 'a flat discount needs a rate',
			edits: [['discount', { scheme: 'flat' }]],
			problems: ['discount.ratePercent: is required']
		},
		{
			rule: 'a flat rate is above -100',
			edits: [['discount', { scheme: 'flat', ratePercent: '-100' }]],
			problems: ['discount.ratePercent: must be above -100 and at most 1000 (got "-100")']
		},
		{
			rule: 'the Green Book scheme takes no rate',
			edits: [['discount', { scheme: 'green-book', ratePercent: '3.5' }]],
			problems: [`discount.ratePercent: unknown field "ratePercent" ${UNKNOWN}`]
		},
		{
			rule: 'baseline names an option',
			edits: [['baseline', 'inhouse']],
			problems: ['baseline: no option "inhouse" (the options are "in-house" and "agency")']
		},
		{
			rule: 'baseline is an id',
			edits: [['baseline', 'In House']],
			problems: [`baseline: ${ID} (got "In House")`]
		},
		{
			rule: 'options are required',
			edits: [['options', REMOVE]],
			problems: ['options: is required']
		},
		{
			rule: 'options are an array',
			edits: [['options', { id: 'a' }]],
			problems: ['options: must be an array (got an object)']
		},
		{
			rule: 'there is at least one option',
			edits: [['options', []]],
			problems: ['options: must list at least one option']
		},
		{
			rule: 'there are at most 10 options',
			edits: [['options', Array.from({ length: 11 }, (_, i) => ({ id: `o${i}`, name: 'O' }))]],
			problems: ['options: must list at most 10 options (got 11)']
		},
		{
			rule: 'option ids are unique',
			edits: [['options[1].id', 'in-house']],
			problems: ['options[1].id: option id "in-house" is already used by options[0]']
		},
		{
			rule: 'sources are an array',
			edits: [['sources', 'none']],
			problems: ['sources: must be an array (got "none")']
		},
		{
			rule: 'there are at most 200 sources',
			edits: [
				[
					'sources',
					Array.from({ length: 201 }, (_, i) => ({
						id: i === 0 ? 'survey' : `s${i}`,
						title: 'S',
						strength: 'press'
					}))
				]
			],
			problems: ['sources: must list at most 200 sources (got 201)']
		},
		{
			rule: 'source ids are unique',
			edits: [['sources[1]', { id: 'survey', title: 'Again', strength: 'press' }]],
			problems: ['sources[1].id: source id "survey" is already used by sources[0]']
		},
		{
			rule: 'an unknown field is an error, with the likely field suggested',
			edits: [
				['title', REMOVE],
				['titel', 'Test scenario']
			],
			problems: ['titel: unknown field "titel"; did you mean "title"?', 'title: is required']
		},
		{
			rule: 'an unknown field whose name is not an identifier is quoted in the path',
			edits: [['my field', 1]],
			problems: [`["my field"]: unknown field "my field" ${UNKNOWN}`]
		},
		{
			rule: 'a __proto__ field is an unknown field',
			edits: [['__proto__', { polluted: true }]],
			problems: [`__proto__: unknown field "__proto__" ${UNKNOWN}`]
		}
	]);
});
