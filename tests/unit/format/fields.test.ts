import { describe, expect, it } from 'vitest';
import { fieldWords, periodsPerYearLabel, perPeriodWords } from '$lib/format/fields';

describe('the words of each field', () => {
	it('names a recurring line’s amount by its price and period, in each form', () => {
		const weekly = { kind: 'recurring', per: 'week' };
		expect(fieldWords(weekly, 'amount', 'label')).toBe('Price per week');
		expect(fieldWords(weekly, 'amount', 'name')).toBe('Price a week');
		expect(fieldWords(weekly, 'amount', 'phrase')).toBe('price a week');
		expect(fieldWords(weekly, 'amount', 'subject')).toBe('The price');
		expect(fieldWords(weekly, 'amount', 'heading')).toBe('Amount (price a period, or one-off)');
		expect(fieldWords({ kind: 'recurring', per: 'hour' }, 'amount', 'short')).toBe('price an hour');
	});

	it('calls a one-off amount one in a table and as a subject, and plain "amount" elsewhere', () => {
		const oneOff = { kind: 'oneOff' };
		expect(fieldWords(oneOff, 'amount', 'name')).toBe('One-off amount');
		expect(fieldWords(oneOff, 'amount', 'subject')).toBe('The one-off amount');
		expect(fieldWords(oneOff, 'amount', 'phrase')).toBe('amount');
		expect(fieldWords(oneOff, 'amount', 'label')).toBe('Amount');
	});

	it('gives the other inputs the same words whatever the line', () => {
		const staff = { kind: 'staff' };
		expect(fieldWords(staff, 'fte', 'label')).toBe('Full-time equivalent staff (FTE)');
		expect(fieldWords(staff, 'fte', 'name')).toBe('Full-time equivalents');
		expect(fieldWords(staff, 'fte', 'short')).toBe('FTE');
		expect(fieldWords(staff, 'onCostPercent', 'heading')).toBe('On-costs, % of salary');
		expect(fieldWords({ kind: 'risk' }, 'probabilityPercent', 'subject')).toBe(
			'The yearly probability'
		);
	});

	it('says a period with its article, and how many periods a line is charged', () => {
		expect(perPeriodWords('day')).toBe('a day');
		expect(perPeriodWords('hour', '\u00a0')).toBe('an\u00a0hour');
		expect(periodsPerYearLabel('week')).toBe('Weeks charged a year');
	});
});
