import { describe, expect, it } from 'vitest';
import { versionsSentence } from '$lib/export/versions';

describe('versionsSentence', () => {
	it('names the methodology, format and link versions', () => {
		expect(versionsSentence()).toBe(
			'Methodology version 1; exchange format version 1 (scenario and results documents); share link version 1.'
		);
	});
});
