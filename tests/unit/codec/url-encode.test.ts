import { describe, expect, it } from 'vitest';
import * as codec from '../../../src/lib/codec/url-codec';
import * as encoder from '../../../src/lib/codec/url-encode';
import { loadedWith, projectFile } from '../support/loaded-with';
import { example } from './helpers';

describe('the link encoder on its own', () => {
	it('is the encoder the codec gives, with the same bounds and error', () => {
		expect(codec.encodeScenario).toBe(encoder.encodeScenario);
		expect(codec.ScenarioTooLargeForLinkError).toBe(encoder.ScenarioTooLargeForLinkError);
		expect([codec.MAX_PARAMETER_LENGTH, codec.MAX_DOCUMENT_BYTES]).toEqual([8_000, 262_144]);
		expect([encoder.MAX_PARAMETER_LENGTH, encoder.MAX_DOCUMENT_BYTES]).toEqual([8_000, 262_144]);
	});

	it('writes links the decoder opens as the same scenario', async () => {
		for (const name of ['foster-placements', 'childrens-trust', 'insourcing']) {
			const scenario = example(name);
			const value = await encoder.encodeScenario(scenario);
			expect(value.startsWith('1.')).toBe(true);
			expect(await codec.decodeScenario(value)).toStrictEqual({ ok: true, scenario });
		}
	});

	// The comparison page writes its link after every edit (and a new comparison's at once):
	// the format's schemas (zod) come only with reading a link, or writing the first one
	// would evaluate them all in one long task.
	it('loads no schemas, where the decoder does', () => {
		const encoding = [...loadedWith(projectFile('src/lib/codec/url-encode.ts'))];
		expect(
			encoding.filter((module) => module === 'zod' || module.includes('/schemas/scenario'))
		).toEqual([]);
		expect(encoding).toContain('fflate');
		expect(loadedWith(projectFile('src/lib/codec/url-codec.ts')).has('zod')).toBe(true);
	});
});
