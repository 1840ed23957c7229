import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Line } from '$lib/engine';
import {
	buildSwitchingValues,
	NO_EFFECT,
	switchingValueParts,
	switchingValueSentence
} from '$lib/results/switching';
import { fixed, oneOff, percentOf, recurring, risk, staff } from '../../fixtures/scenarios';
import { CHILDRENS_TRUST, FOSTER, INSOURCING } from './examples';

function sentences(worked: typeof FOSTER): string[] {
	return buildSwitchingValues(worked.scenario, worked.analysis)[0].groups.flatMap((group) =>
		group.rows.map((row) => row.sentence)
	);
}

const sentence = (
	line: Line,
	field: Parameters<typeof switchingValueSentence>[1],
	value: string | null
): string => switchingValueSentence(line, field, value === null ? null : new Decimal(value), 'GBP');

describe('buildSwitchingValues', () => {
	const [foster] = buildSwitchingValues(FOSTER.scenario, FOSTER.analysis);

	it("puts the comparison's option first, then the baseline", () => {
		expect(foster.groups.map((group) => [group.name, group.isBaseline])).toEqual([
			['Independent fostering agency', false],
			['In-house foster carers', true]
		]);
	});

	it('names the comparison in the caption', () => {
		expect(foster.caption).toBe(
			'Switching values: what would make an independent fostering agency cost the same as in-house foster carers in present value'
		);
	});

	it('says in words what each input would have to be for the options to cost the same', () => {
		expect(sentences(FOSTER)).toEqual([
			'The price would have to fall from £825.00 to £318.63 a week for the two options to cost the same.',
			'The quantity would have to fall from 100 to 38.62 for the two options to cost the same.',
			'The percentage would have to fall from 2% to −60.61%, a saving rather than a cost, for the two options to cost the same.',
			'The price would have to rise from £325.00 to £841.50 a week for the two options to cost the same.',
			'The quantity would have to rise from 100 to 258.92 for the two options to cost the same.'
		]);
	});

	it('names the line, its input and, standing alone, the option', () => {
		const { line, input, text } = foster.groups[0].rows[0];
		expect([line, input, text]).toEqual([
			'Agency foster placements',
			'Price a week',
			'Agency foster placements (Independent fostering agency): the price would have to fall from £825.00 to £318.63 a week for the two options to cost the same.'
		]);
	});

	it('splits out the value, which opens the working of its switching value', () => {
		expect(foster.groups[1].rows[0].parts).toEqual({
			before: 'The price would have to rise from £325.00 to ',
			figure: {
				text: '£841.50 a week',
				ref: {
					kind: 'switchingValue',
					comparison: 'agency',
					option: 'in-house',
					line: 'placements',
					field: 'amount'
				}
			},
			after: ' for the two options to cost the same.'
		});
	});

	it('keeps the split sentence the same as the whole one', () => {
		for (const worked of [FOSTER, INSOURCING, CHILDRENS_TRUST]) {
			for (const view of buildSwitchingValues(worked.scenario, worked.analysis)) {
				for (const row of view.groups.flatMap((group) => group.rows)) {
					const { parts } = row;
					expect(parts ? parts.before + parts.figure.text + parts.after : null).toBe(
						parts ? row.sentence : null
					);
				}
			}
		}
	});

	it('describes a day rate, staff and one-off amounts', () => {
		expect(sentences(CHILDRENS_TRUST).filter((_, index) => [1, 6, 10, 14].includes(index))).toEqual(
			[
				'The salary would have to fall from £41,000.00 to £33,707.81 a year for the two options to cost the same.',
				'The price would have to be a saving of £346.11 a day instead of a cost of £450.00 for the two options to cost the same.',
				'The one-off amount would have to be a saving of £8,896,495.88 instead of a cost of £2,500,000.00 for the two options to cost the same.',
				'The impact if it happens would have to be a gain of £61,199,529.13 instead of a cost of £5,000,000.00 for the two options to cost the same.'
			]
		);
	});

	it('says when no realistic value would do it', () => {
		expect(
			sentences(CHILDRENS_TRUST).filter((text) => text.startsWith('No realistic value'))
		).toEqual([
			'No realistic value: the on-costs would have to fall below zero, to −71.57%, for the two options to cost the same.',
			'No realistic value: the quantity would have to fall below zero, to −16.92, for the two options to cost the same.',
			'No realistic value: the quantity would have to fall below zero, to −4.77, for the two options to cost the same.',
			'No realistic value: the yearly probability would have to fall below zero, to −24.48%, for the two options to cost the same.'
		]);
	});

	it('describes an income that would have to become a cost', () => {
		expect(sentences(INSOURCING)[9]).toBe(
			'The one-off amount would have to be a cost of £1,353,149.41 instead of a saving of £40,000.00 for the two options to cost the same.'
		);
	});

	it('describes full-time equivalents and on-costs', () => {
		expect(sentences(INSOURCING).slice(0, 3)).toEqual([
			'The number of full-time equivalents would have to rise from 40 to 45.72 for the two options to cost the same.',
			'The salary would have to rise from £23,500.00 to £26,863.18 a year for the two options to cost the same.',
			'The on-costs would have to rise from 25% to 42.89% for the two options to cost the same.'
		]);
	});

	it('describes a monthly price', () => {
		expect(sentences(INSOURCING)[11]).toBe(
			'The price would have to fall from £140,000.00 to £125,777.27 a month for the two options to cost the same.'
		);
	});
});

describe('switchingValueSentence', () => {
	const yearly = recurring({ id: 'x', amount: fixed('100'), per: 'year' });
	const failure = risk({ id: 'r', probabilityPercent: fixed('10'), impact: fixed('1000') });

	it('says an input without effect would not change the difference', () => {
		expect(sentence(yearly, 'amount', null)).toBe(NO_EFFECT);
	});

	it('uses the exact words for no effect', () => {
		expect(NO_EFFECT).toBe('Changing this would not change the difference.');
	});

	it('describes a yearly price', () => {
		expect(sentence(yearly, 'amount', '250')).toBe(
			'The price would have to rise from £100.00 to £250.00 a year for the two options to cost the same.'
		);
	});

	it('keeps every decimal of an entered value', () => {
		const odd = recurring({ id: 'x', amount: fixed('52.142857'), per: 'week' });
		expect(sentence(odd, 'amount', '60')).toBe(
			'The price would have to rise from £52.142857 to £60.00 a week for the two options to cost the same.'
		);
	});

	it('rounds the switching value half-up to two decimals', () => {
		expect(sentence(yearly, 'amount', '250.005')).toContain('to £250.01 a year');
	});

	it('describes a saving that would have to grow', () => {
		const saving = oneOff({ id: 's', amount: fixed('-40000'), year: 1 });
		expect(sentence(saving, 'amount', '-90000')).toBe(
			'The one-off amount would have to be a saving of £90,000.00 instead of £40,000.00 for the two options to cost the same.'
		);
	});

	it('says a negative salary is no realistic value', () => {
		const team = staff({ id: 's', fte: fixed('2'), salary: fixed('30000') });
		expect(sentence(team, 'salary', '-500')).toBe(
			'No realistic value: the salary would have to fall below zero, to −£500.00 a year, for the two options to cost the same.'
		);
	});

	it('says a probability over 100% is no realistic value', () => {
		expect(sentence(failure, 'probabilityPercent', '150')).toBe(
			'No realistic value: the yearly probability would have to rise above 100%, to 150.00%, for the two options to cost the same.'
		);
	});

	it('says an overhead below −100% is no realistic value', () => {
		const overhead = percentOf({ id: 'p', percent: fixed('5'), of: ['x'] });
		expect(sentence(overhead, 'percent', '-150')).toBe(
			'No realistic value: the percentage would have to fall below −100%, to −150.00%, for the two options to cost the same.'
		);
	});

	it('says an overhead above 1,000% is no realistic value', () => {
		const overhead = percentOf({ id: 'p', percent: fixed('5'), of: ['x'] });
		expect(sentence(overhead, 'percent', '1200')).toMatch(
			/^No realistic value: the percentage would have to rise above 1,000%/
		);
	});

	it('splits a value that becomes a saving after "a saving of"', () => {
		const nothing = recurring({ id: 'x', amount: fixed('0'), per: 'month' });
		expect(switchingValueParts(nothing, 'amount', new Decimal('-20'), 'GBP')).toEqual({
			before: 'The price would have to be a saving of ',
			value: '£20.00 a month',
			after: ' instead of nothing for the two options to cost the same.'
		});
	});

	it('has no value to split out when the input has no effect', () => {
		expect(switchingValueParts(yearly, 'amount', null, 'GBP')).toEqual({
			before: NO_EFFECT,
			value: '',
			after: ''
		});
	});

	it('says so when the options already cost the same', () => {
		expect(sentence(yearly, 'amount', '100')).toBe(
			'The two options already cost the same at the value entered.'
		);
	});

	it('says a value moving from nothing becomes a saving', () => {
		const nothing = recurring({ id: 'x', amount: fixed('0'), per: 'month' });
		expect(sentence(nothing, 'amount', '-20')).toBe(
			'The price would have to be a saving of £20.00 a month instead of nothing for the two options to cost the same.'
		);
	});
});
