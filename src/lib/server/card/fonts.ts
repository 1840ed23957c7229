import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Font } from 'satori';
import { CARD_FONT } from './tree';

/**
 * Inter, for the card, from @fontsource/inter (a dependency, so it is installed beside the
 * built server: adapter-node leaves node_modules packages external). Satori reads TrueType,
 * OpenType and WOFF, not WOFF2, hence the .woff files. Latin and Latin Extended, regular and
 * bold, so the pound sign, the minus sign (U+2212), dashes and Welsh and other accented names
 * all have glyphs.
 */
const FILES: readonly { file: string; weight: 400 | 700 }[] = [
	{ file: 'inter-latin-400-normal.woff', weight: 400 },
	{ file: 'inter-latin-700-normal.woff', weight: 700 },
	{ file: 'inter-latin-ext-400-normal.woff', weight: 400 },
	{ file: 'inter-latin-ext-700-normal.woff', weight: 700 }
];

/**
 * The files, read once per process and kept: the same bytes for every request, never changed,
 * so this is a cache of a constant rather than shared state (style.md §8). Resolved from this
 * module's own location, which works from the sources (vite, vitest) and from `node build`.
 */
let loaded: Promise<Font[]> | undefined;

/** The card's fonts, for satori's `fonts` option. */
export function cardFonts(): Promise<Font[]> {
	loaded ??= readFonts().catch((error: unknown) => {
		// A failed read is not cached: the next card tries again.
		loaded = undefined;
		throw error;
	});
	return loaded;
}

async function readFonts(): Promise<Font[]> {
	const require = createRequire(import.meta.url);
	return Promise.all(
		FILES.map(async ({ file, weight }) => ({
			name: CARD_FONT,
			data: await readFile(require.resolve(`@fontsource/inter/files/${file}`)),
			weight,
			style: 'normal' as const
		}))
	);
}
