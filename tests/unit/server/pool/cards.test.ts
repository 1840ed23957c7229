import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardOf } from '../../../../src/lib/server/pool/cards';
import { scenarioFromSearchParams } from '../../../../src/lib/codec/url-codec';
import { cardKey, genericCardKey } from '../../../../src/lib/share/card-key';

const RELEASE = 'test-release';
const fosterQuery = new URL(
	readFileSync(new URL('../../../fixtures/links/v1-foster.txt', import.meta.url), 'utf8').trim()
).searchParams.toString();
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('cardOf', () => {
	it('draws a link’s own card under its own key, and the same card again from the cache', async () => {
		const link = await scenarioFromSearchParams(new URLSearchParams(fosterQuery));
		if (!link?.ok) throw new Error('the foster link does not read');
		const card = await cardOf({ query: fosterQuery }, RELEASE);
		expect(card.kind).toBe('scenario');
		expect(card.key).toBe(cardKey(link.scenario, RELEASE));
		expect([...card.png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
		expect(await cardOf({ query: fosterQuery }, RELEASE)).toEqual(card);
	}, 60_000);

	it('gives a broken link and no link the generic card, each under the generic key', async () => {
		const broken = await cardOf({ query: fosterQuery.slice(0, 40) }, RELEASE);
		const none = await cardOf({ query: '' }, RELEASE);
		expect([broken.kind, broken.key]).toEqual(['broken', genericCardKey(RELEASE)]);
		expect([none.kind, none.key]).toEqual(['generic', genericCardKey(RELEASE)]);
		expect(broken.png).toEqual(none.png);
	}, 60_000);
});
