import { describe, expect, it } from 'vitest';
import { Exact } from '$lib/engine';
import { roundHalfUp, roundSignificantHalfUp } from '$lib/engine/rounding';

describe('rounding only to show', () => {
	it('rounds to decimal places half-up, ties away from zero', () => {
		expect(roundHalfUp(new Exact('1723.849'), 0).toFixed()).toBe('1724');
		expect(roundHalfUp(new Exact('2.5'), 0).toFixed()).toBe('3');
		expect(roundHalfUp(new Exact('-2.5'), 0).toFixed()).toBe('-3');
		expect(roundHalfUp(new Exact('0.96618357'), 4).toFixed(4)).toBe('0.9662');
	});

	it('never gives a negative zero, so a figure that rounds to nothing has no minus sign', () => {
		const rounded = roundHalfUp(new Exact('-0.004'), 2);
		expect(rounded.isNegative()).toBe(false);
		expect(rounded.toFixed(2)).toBe('0.00');
	});

	it('rounds to significant figures half-up', () => {
		expect(roundSignificantHalfUp(new Exact('12550956.14'), 3).toFixed()).toBe('12600000');
		expect(roundSignificantHalfUp(new Exact('1245'), 2).toFixed()).toBe('1200');
		expect(roundSignificantHalfUp(new Exact('1250'), 2).toFixed()).toBe('1300');
	});
});
