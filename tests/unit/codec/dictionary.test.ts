import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LINK_DICTIONARY_V1 } from '../../../src/lib/codec/dictionary';
import { encodeScenario } from '../../../src/lib/codec/url-codec';
import { DICTIONARY_V1, EXAMPLE_NAMES, EXAMPLES_FOLDER, example, payloadBytes } from './helpers';

/**
 * The SHA-256 of link version 1's dictionary. Every version 1 link needs exactly these bytes
 * to unpack, so this never changes: a new dictionary is a new link version (./README.md).
 */
const D1_SHA256 = '3aca7e8b19c4687e99c642b6f2cc4dd8cf42a542c231f0659b0c1cfbda11934d';

/** The free text of a worked example as written: titles, names, labels, sources. */
function freeText(name: string): string[] {
	const document = JSON.parse(readFileSync(`${EXAMPLES_FOLDER}${name}.json`, 'utf8'));
	const texts: unknown[] = [document.title, document.description];
	for (const option of document.options) {
		texts.push(option.name, option.notes);
		for (const line of option.lines) texts.push(line.label, line.notes);
	}
	for (const source of document.sources ?? []) {
		texts.push(source.title, source.publisher, source.url, source.quote, source.via);
	}
	return texts.filter((text): text is string => typeof text === 'string');
}

/** The longest run of `text` that the dictionary also holds. */
function longestSharedRun(text: string): string {
	let best = '';
	for (let start = 0; start < text.length; start += 1) {
		let end = start + best.length + 1;
		while (end <= text.length && LINK_DICTIONARY_V1.includes(text.slice(start, end))) {
			best = text.slice(start, end);
			end += 1;
		}
	}
	return best;
}

describe('the preset dictionary of link version 1', () => {
	it('is frozen: its bytes never change', () => {
		expect(createHash('sha256').update(DICTIONARY_V1).digest('hex')).toBe(D1_SHA256);
	});

	it('is printable ASCII, so its text and its UTF-8 bytes are the same thing', () => {
		expect([/^[\x20-\x7e]+$/.test(LINK_DICTIONARY_V1), DICTIONARY_V1.byteLength]).toEqual([
			true,
			LINK_DICTIONARY_V1.length
		]);
	});

	it('fits deflate’s 32 KiB window, so every byte of it can be referred to', () => {
		expect(DICTIONARY_V1.byteLength).toBeLessThanOrEqual(32 * 1024);
	});

	it.each(EXAMPLE_NAMES)(
		'is not tuned to the worked example %s: it shares no run of text longer than 24 characters',
		(name) => {
			const runs = freeText(name).map(longestSharedRun);
			const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), '');
			expect(longest.length, JSON.stringify(longest)).toBeLessThanOrEqual(24);
		}
	);

	it('is what makes the foster link short: its payload refers back into it', async () => {
		// The distance of a match is measured from the document's first byte, so a reference
		// further back than the bytes already written lands in the dictionary.
		const packed = payloadBytes(await encodeScenario(example('foster-placements')));
		expect(packed.byteLength).toBeLessThan(750);
	});
});
