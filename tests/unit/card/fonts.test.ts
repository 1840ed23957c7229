import { describe, expect, it } from 'vitest';
import { cardFonts } from '$lib/server/card/fonts';

describe('cardFonts', () => {
	it('loads only Inter for Latin text, the pound and the minus sign', async () => {
		const fonts = await cardFonts('Foster placements: £12.6 million − 2026-27 Ysbyty Gwynedd ŵ');
		expect(fonts).toHaveLength(4);
	});

	it('adds Greek, Cyrillic, Arabic and Chinese fonts when the text has those scripts', async () => {
		const latin = (await cardFonts('')).length;
		const greek = (await cardFonts('Κοινωνική')).length;
		const cyrillic = (await cardFonts('Социальная')).length;
		const arabic = (await cardFonts('العمل')).length;
		const chinese = (await cardFonts('儿童社会工作')).length;
		expect([greek - latin, cyrillic - latin, arabic - latin]).toEqual([2, 2, 2]);
		expect(chinese - latin).toBeGreaterThanOrEqual(2);
		expect(chinese - latin).toBeLessThanOrEqual(12);
	});
});
