import { describe, expect, it } from 'vitest';
import { Exact, roundPenniesHalfUp } from '../../../src/lib/engine';

describe('roundPenniesHalfUp', () => {
	it.each([
		['0.005', '0.01'],
		['-0.005', '-0.01'],
		['0.0049999999999999999999999999', '0.00'],
		['-0.001', '0.00'],
		['-0', '0.00'],
		['12550956.135', '12550956.14'],
		['1723800', '1723800.00'],
		['-1313207.875', '-1313207.88'],
		['999999999999999.995', '1000000000000000.00']
	])('rounds %s to %s', (value, pennies) => {
		expect(roundPenniesHalfUp(new Exact(value))).toBe(pennies);
	});
});
