import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { textsOf, type CardElement } from './element';
import { cardFonts } from './fonts';
import { CARD_HEIGHT, CARD_WIDTH } from './tree';

/**
 * Draws a card: satori lays the tree out and writes SVG with the text as paths, and resvg
 * rasterises it to PNG at 1200 × 630. About 30 ms a card once the fonts are loaded.
 */
export async function renderCardPng(tree: CardElement): Promise<Uint8Array<ArrayBuffer>> {
	// satori's types want a React node; the tree has React's element shape without React.
	const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		fonts: await cardFonts(textsOf(tree).join(''))
	});
	// Text is already paths, so resvg needs no fonts of its own.
	const image = new Resvg(svg, {
		fitTo: { mode: 'original' },
		font: { loadSystemFonts: false }
	}).render();
	return new Uint8Array(image.asPng());
}
