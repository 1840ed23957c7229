import { describe, expect, it } from 'vitest';
import { buildCardTree, genericCardTree, renderCardPng } from '$lib/server/card';
import { CHILDRENS_TRUST, FOSTER, INSOURCING } from '../results/examples';
import { decodePng, distinctColours, pngSize } from '../../fixtures/png';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('renderCardPng', () => {
	it.each([
		['foster-placements', FOSTER],
		['childrens-trust', CHILDRENS_TRUST],
		['insourcing', INSOURCING]
	])('draws the %s card as a 1200 × 630 PNG', async (_, worked) => {
		const png = await renderCardPng(
			buildCardTree(worked.scenario, worked.analysis, worked.results)
		);
		expect([[...png.subarray(0, 8)], pngSize(png)]).toEqual([
			PNG_SIGNATURE,
			{ width: 1200, height: 630 }
		]);
	});

	it('draws text and colour, not a blank image', async () => {
		const png = await renderCardPng(
			buildCardTree(FOSTER.scenario, FOSTER.analysis, FOSTER.results)
		);
		// White, near-black, two bar colours, the blue figure, the badge, and anti-aliased edges.
		expect(distinctColours(decodePng(png))).toBeGreaterThan(50);
	});

	it('draws the same bytes for the same card', async () => {
		const tree = buildCardTree(INSOURCING.scenario, INSOURCING.analysis, INSOURCING.results);
		const [first, second] = await Promise.all([renderCardPng(tree), renderCardPng(tree)]);
		expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
	});

	it('draws the generic card', async () => {
		expect(pngSize(await renderCardPng(genericCardTree()))).toEqual({ width: 1200, height: 630 });
	});
});
