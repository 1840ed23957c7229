import { describe, expect, it } from 'vitest';
import { onlyComparison } from '$lib/results/types';

describe('onlyComparison', () => {
	const views = [{ option: 'b' }, { option: 'c' }];

	it('keeps every comparison when none is asked for', () => {
		expect(onlyComparison(views)).toEqual(views);
	});

	it('keeps only the comparison asked for', () => {
		expect(onlyComparison(views, 'c')).toEqual([{ option: 'c' }]);
	});
});
