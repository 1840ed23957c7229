import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Font } from 'satori';
import { CARD_FONT } from './tree';

/**
 * The card's fonts. Inter for Latin and Latin Extended (the pound sign, the minus sign U+2212,
 * dashes, Welsh and other accented names), always; and, only when the card's text needs them,
 * the Noto Sans subsets for Greek and Cyrillic, Noto Sans Arabic, and the few of Noto Sans SC's
 * hundred subsets that hold the Chinese characters used. Each is a @fontsource dependency,
 * installed beside the built server (adapter-node leaves node_modules packages external), read
 * as WOFF (satori reads TrueType, OpenType and WOFF, not WOFF2); satori takes a character
 * missing from Inter from the other fonts.
 */

interface FontFile {
	/** The package and file under its `files/` folder, without the weight and extension. */
	stem: string;
	/** The characters it covers, from the package's unicode.json. */
	ranges: readonly (readonly [number, number])[];
}

const BASE: readonly { file: string; weight: 400 | 700 }[] = [
	{ file: '@fontsource/inter/files/inter-latin-400-normal.woff', weight: 400 },
	{ file: '@fontsource/inter/files/inter-latin-700-normal.woff', weight: 700 },
	{ file: '@fontsource/inter/files/inter-latin-ext-400-normal.woff', weight: 400 },
	{ file: '@fontsource/inter/files/inter-latin-ext-700-normal.woff', weight: 700 }
];

/** The packages of other scripts, and which of their subsets to consider. */
const SCRIPTS: readonly { pkg: string; prefix: string; subsets: (name: string) => boolean }[] = [
	{
		pkg: '@fontsource/noto-sans',
		prefix: 'noto-sans',
		subsets: (name) => ['greek', 'greek-ext', 'cyrillic', 'cyrillic-ext'].includes(name)
	},
	{
		pkg: '@fontsource/noto-sans-arabic',
		prefix: 'noto-sans-arabic',
		subsets: (n) => n === 'arabic'
	},
	{ pkg: '@fontsource/noto-sans-sc', prefix: 'noto-sans-sc', subsets: (n) => /^\[\d+\]$/.test(n) }
];

const require = createRequire(import.meta.url);

/** "U+0370-0377,U+037A" → [[0x370, 0x377], [0x37a, 0x37a]]. */
function parseRanges(text: string): [number, number][] {
	return text.split(',').map((part) => {
		const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
		return [parseInt(from, 16), parseInt(to, 16)];
	});
}

/**
 * Every subset file of the other scripts, read once per process from the packages'
 * unicode.json: a cache of constants (style.md §8).
 */
let catalogue: Promise<{ inter: FontFile[]; others: FontFile[] }> | undefined;

async function unicodeOf(pkg: string): Promise<Record<string, string>> {
	return JSON.parse(await readFile(require.resolve(`${pkg}/unicode.json`), 'utf8')) as Record<
		string,
		string
	>;
}

async function readCatalogue(): Promise<{ inter: FontFile[]; others: FontFile[] }> {
	const interRanges = await unicodeOf('@fontsource/inter');
	const inter = ['latin', 'latin-ext'].map((name) => ({
		stem: name,
		ranges: parseRanges(interRanges[name] ?? '')
	}));
	const others: FontFile[] = [];
	for (const { pkg, prefix, subsets } of SCRIPTS) {
		for (const [name, ranges] of Object.entries(await unicodeOf(pkg))) {
			if (!subsets(name)) continue;
			const subset = name.replace(/^\[(\d+)\]$/, '$1');
			others.push({ stem: `${pkg}/files/${prefix}-${subset}`, ranges: parseRanges(ranges) });
		}
	}
	return { inter, others };
}

/** Font files already read, by path: the same bytes for every card. */
const read = new Map<string, Promise<Buffer>>();

function fontBytes(file: string): Promise<Buffer> {
	let bytes = read.get(file);
	if (!bytes) {
		bytes = readFile(require.resolve(file));
		// A failed read is not cached: the next card tries again.
		bytes.catch(() => read.delete(file));
		read.set(file, bytes);
	}
	return bytes;
}

function covers(file: FontFile, code: number): boolean {
	return file.ranges.some(([from, to]) => code >= from && code <= to);
}

/** The card's fonts for its text, for satori's `fonts` option: Inter, and what else it needs. */
export async function cardFonts(text = ''): Promise<Font[]> {
	const fonts: Font[] = await Promise.all(
		BASE.map(async ({ file, weight }) => ({
			name: CARD_FONT,
			data: await fontBytes(file),
			weight,
			style: 'normal' as const
		}))
	);
	const codes = new Set<number>();
	for (const character of text) codes.add(character.codePointAt(0) ?? 0);
	catalogue ??= readCatalogue().catch((error: unknown) => {
		catalogue = undefined;
		throw error;
	});
	const { inter, others } = await catalogue;
	// Each character not in Inter from the first font that has it, in the order of SCRIPTS.
	const needed = new Set<FontFile>();
	for (const code of codes) {
		if (inter.some((file) => covers(file, code))) continue;
		const file = others.find((each) => covers(each, code));
		if (file) needed.add(file);
	}
	for (const file of needed) {
		for (const weight of [400, 700] as const) {
			fonts.push({
				// A name of its own: satori falls back to other families for a missing glyph, but
				// keeps only one font of a family at each weight.
				name: file.stem,
				data: await fontBytes(`${file.stem}-${weight}-normal.woff`),
				weight,
				style: 'normal'
			});
		}
	}
	return fonts;
}
