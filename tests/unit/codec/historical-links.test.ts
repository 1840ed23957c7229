import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioFromSearchParams } from '../../../src/lib/codec/url-codec';
import { LINKS_FOLDER, readScenario } from './helpers';

const links = readdirSync(LINKS_FOLDER)
	.filter((file) => file.endsWith('.txt'))
	.map((file) => file.replace(/\.txt$/, ''))
	.sort();

describe('every share link ever published', () => {
	it('includes the first foster link, made with link version 1', () => {
		expect(links).toContain('v1-foster');
	});

	it.each(links)('%s still decodes to the scenario it was made from', async (name) => {
		const link = new URL(readFileSync(`${LINKS_FOLDER}${name}.txt`, 'utf8').trim());
		expect(await scenarioFromSearchParams(link.searchParams)).toStrictEqual({
			ok: true,
			scenario: readScenario(`${LINKS_FOLDER}${name}.json`)
		});
	});
});
