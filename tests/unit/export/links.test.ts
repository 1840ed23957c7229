import { describe, expect, it } from 'vitest';
import { sameComparisonAt } from '$lib/export/links';

describe('sameComparisonAt', () => {
	it('moves a share link to another view, keeping only its scenario', () => {
		expect(sameComparisonAt('https://example.org/compare?s=1.abc_-&utm=x#top', '/report')).toBe(
			'https://example.org/report?s=1.abc_-'
		);
	});

	it.each([
		['an address without a scenario', 'https://example.org/compare'],
		['something that is not an address', 'not a link']
	])('gives null for %s', (_, href) => {
		expect(sameComparisonAt(href, '/report')).toBeNull();
	});
});
