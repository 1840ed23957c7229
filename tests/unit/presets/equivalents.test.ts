import { describe, expect, it } from 'vitest';
import { Exact } from '$lib/engine';
import { aboutCount, equivalentOf } from '$lib/presets/equivalents';

describe('equivalentOf', () => {
	it('tells a difference in social workers’ pay, exact behind the words', () => {
		const equivalent = equivalentOf(new Exact('12550956.14'), 'GBP', 'in present value')!;
		expect(equivalent.count.toFixed(10)).toBe('358.5987468571');
		expect(equivalent.sentence).toBe(
			'£12.6 million is what about 360 children’s social workers at the top of the permanent pay scale are paid in a year.'
		);
		expect(equivalent.basis).toBe(
			"Unit cost: just over £35,000 a year, basic salary before tax, without employer’s on-costs (Community Care, 2018; 2018 prices). The amount is in present value; the unit cost is not uplifted to today's prices."
		);
		expect(equivalent.source.id).toBe('cc-2018-pay-gap');
	});

	it('prefers a unit cost the scenario itself cites', () => {
		const equivalent = equivalentOf(new Exact('-4264000'), 'GBP', 'in present value', [
			'cma-2021-fostering'
		])!;
		expect(equivalent.count.toFixed()).toBe('100');
		expect(equivalent.sentence).toBe(
			'£4.26 million is what about 100 children’s foster placements with the largest agencies cost for a year.'
		);
	});

	it('says one unit in the singular', () => {
		expect(equivalentOf(new Exact('35000'), 'GBP', 'in cash')?.sentence).toBe(
			'£35,000 is what about 1 children’s social worker at the top of the permanent pay scale is paid in a year.'
		);
	});

	it('gives none where no unit cost fits', () => {
		expect(equivalentOf(new Exact('34999.99'), 'GBP', 'in cash')).toBeUndefined();
		expect(equivalentOf(new Exact('0'), 'GBP', 'in cash')).toBeUndefined();
	});
});

describe('aboutCount', () => {
	it.each([
		['358.59', '360'],
		['1234', '1,200'],
		['1.46', '1.5'],
		['1', '1']
	])('rounds %s to two significant figures: %s', (count, words) => {
		expect(aboutCount(new Exact(count))).toBe(words);
	});
});
