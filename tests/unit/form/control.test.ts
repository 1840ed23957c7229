import { describe, expect, it } from 'vitest';
import { describedBy } from '../../../src/lib/components/form/control';

describe('describedBy', () => {
	it.each([
		[true, true, 'f-title-hint f-title-error'],
		[true, false, 'f-title-hint'],
		[false, true, 'f-title-error'],
		[false, false, undefined]
	])('with a hint %s and an error %s names %j', (hasHint, hasError, ids) => {
		expect(describedBy('f-title', hasHint, hasError)).toBe(ids);
	});
});
