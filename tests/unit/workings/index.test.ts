import { describe, expect, it } from 'vitest';
import { figureKey, sameFigure, superscript } from '$lib/workings';

describe('superscript', () => {
	it.each([
		[0, '⁰'],
		[3, '³'],
		[30, '³⁰'],
		[99, '⁹⁹']
	])('writes %i as %s', (exponent, expected) => {
		expect(superscript(exponent)).toBe(expected);
	});
});

describe('figureKey', () => {
	it('is the same whatever the order of the fields', () => {
		expect(
			figureKey({ kind: 'optionTotal', option: 'agency', measure: 'cash' }) ===
				figureKey({ measure: 'cash', option: 'agency', kind: 'optionTotal' })
		).toBe(true);
	});

	it('tells different figures apart', () => {
		expect(
			sameFigure(
				{ kind: 'optionTotal', option: 'agency', measure: 'cash', case: 'low' },
				{ kind: 'optionTotal', option: 'agency', measure: 'cash', case: 'high' }
			)
		).toBe(false);
	});

	it('treats a central case left out as the central case given', () => {
		expect(
			sameFigure(
				{ kind: 'optionTotal', option: 'agency', measure: 'cash' },
				{ kind: 'optionTotal', option: 'agency', measure: 'cash', case: 'central' }
			)
		).toBe(true);
	});
});
