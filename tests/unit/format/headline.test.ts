import { describe, expect, it } from 'vitest';
import {
	comparisonHeadline,
	headlineText,
	optionInSentence,
	type HeadlineResults
} from '$lib/format/headline';

const FOSTER_RESULTS: HeadlineResults = {
	years: ['2026-27', '2027-28', '2028-29', '2029-30', '2030-31'].map((label) => ({ label })),
	options: [
		{ id: 'in-house', name: 'In-house foster carers' },
		{ id: 'agency', name: 'Independent fostering agency' }
	],
	comparisons: [
		{ option: 'agency', baseline: 'in-house', difference: { presentValue: '12550956.14' } }
	]
};

function withDifference(presentValue: string, years = FOSTER_RESULTS.years): HeadlineResults {
	return {
		...FOSTER_RESULTS,
		years,
		comparisons: [{ ...FOSTER_RESULTS.comparisons[0], difference: { presentValue } }]
	};
}

describe('comparisonHeadline', () => {
	it('states how much more an option costs in present value over the whole period', () => {
		expect(headlineText(comparisonHeadline(FOSTER_RESULTS))).toBe(
			"Over 5 years (2026-27 to 2030-31), an independent fostering agency would cost £12,550,956.14 more than in-house foster carers in today's money (present value)."
		);
	});

	it('keeps the figure apart so the page can emphasise it', () => {
		expect(comparisonHeadline(FOSTER_RESULTS).figure).toBe('£12,550,956.14');
	});

	it('says "less" with a positive figure when the option is cheaper', () => {
		expect(headlineText(comparisonHeadline(withDifference('-1313207.88')))).toContain(
			'would cost £1,313,207.88 less than'
		);
	});

	it('says the options cost the same when the difference is zero', () => {
		expect(headlineText(comparisonHeadline(withDifference('0.00')))).toContain(
			'would cost the same as in-house foster carers in'
		);
	});

	it('names a single year without a range', () => {
		expect(headlineText(comparisonHeadline(withDifference('1.00', [{ label: '2026' }])))).toMatch(
			/^Over 1 year \(2026\), /
		);
	});

	it('rejects a comparison that is not in the results', () => {
		expect(() => comparisonHeadline(FOSTER_RESULTS, 1)).toThrow(RangeError);
	});
});

describe('optionInSentence', () => {
	it.each([
		['Independent fostering agency', 'an independent fostering agency'],
		['In-house foster carers', 'in-house foster carers'],
		['Council service', 'a council service'],
		['Business rates', 'business rates'],
		['Outsourced cleaning contract', 'an outsourced cleaning contract'],
		['Glass', 'a glass'],
		['NHS trust', 'an NHS trust'],
		['UK contractor', 'a UK contractor'],
		['Bought in', 'the bought in option'],
		['In-house', 'the in-house option'],
		['Council-run', 'the council-run option'],
		['Outsourced', 'the outsourced option'],
		['Contracted out', 'the contracted out option'],
		['Option A', 'the option A'],
		['Preferred option', 'the preferred option'],
		['Council-run homes', 'council-run homes']
	])('reads %j as %j', (name, expected) => {
		expect(optionInSentence(name)).toBe(expected);
	});
});
