import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resultCacheStats, runInPool } from '../../../../src/lib/server/pool';
import type { CompareResult, EmbedResult, PageLink } from '../../../../src/lib/server/pool/tasks';
import { analyse, toResultsDocument } from '../../../../src/lib/engine';
import { parseScenario } from '../../../../src/lib/schemas/scenario';

/**
 * From the sources the pool runs its tasks in the calling thread, with the same result cache
 * and in-flight sharing as the built server's worker pools.
 */

const LIMIT_MS = 60_000;
const trustText = readFileSync(
	new URL('../../../fixtures/examples/childrens-trust.json', import.meta.url),
	'utf8'
);
const fosterLink = readFileSync(
	new URL('../../../fixtures/links/v1-foster.txt', import.meta.url),
	'utf8'
).trim();

/** The results document the engine gives for a scenario's text, worked out here, as UTF-8. */
function expected(text: string): Uint8Array {
	const parsed = parseScenario(JSON.parse(text));
	if (!parsed.ok) throw new Error('the fixture is not valid');
	return new TextEncoder().encode(JSON.stringify(toResultsDocument(analyse(parsed.scenario))));
}

async function compare(text: string): Promise<CompareResult> {
	return runInPool<CompareResult>({ kind: 'compare', text }, LIMIT_MS, {
		source: text
	});
}

describe('runInPool', () => {
	it('answers each scenario with its own results, never another’s kept ones', async () => {
		const higher = trustText.replace('"inflationPercent": "', '"inflationPercent": "1');
		expect(higher).not.toBe(trustText);
		const first = await compare(trustText);
		const second = await compare(higher);
		const again = await compare(trustText);
		expect(first).toEqual({ ok: true, body: expected(trustText) });
		expect(second).toEqual({ ok: true, body: expected(higher) });
		expect(second).not.toEqual(first);
		expect(again).toEqual(first);
	});

	it('works one link out once for readers asking at the same moment, and keeps it', async () => {
		const query = new URL(fosterLink).searchParams.toString();
		const before = resultCacheStats();
		const pages = await Promise.all(
			[1, 2, 3].map(() => runInPool<PageLink>({ kind: 'page', query }, LIMIT_MS))
		);
		const later = await runInPool<PageLink>({ kind: 'page', query }, LIMIT_MS);
		const after = resultCacheStats();
		expect(after.misses - before.misses).toBe(1);
		expect(after.shared - before.shared).toBe(2);
		expect(after.hits - before.hits).toBe(1);
		expect(pages[0].link?.ok).toBe(true);
		expect(pages[1]).toEqual(pages[0]);
		expect(later).toEqual(pages[0]);
	});

	it('keeps a page’s and an embed’s answers for one link apart', async () => {
		const query = new URL(fosterLink).searchParams.toString();
		const page = await runInPool<PageLink>({ kind: 'page', query }, LIMIT_MS);
		const embed = await runInPool<EmbedResult>({ kind: 'embed', query }, LIMIT_MS);
		expect('link' in page).toBe(true);
		expect(embed.ok && 'view' in embed).toBe(true);
	});

	it('does not keep a compare without the text it was read from', async () => {
		const before = resultCacheStats();
		await runInPool<CompareResult>({ kind: 'compare', text: trustText }, LIMIT_MS);
		await runInPool<CompareResult>({ kind: 'compare', text: trustText }, LIMIT_MS);
		const after = resultCacheStats();
		expect(after.hits - before.hits).toBe(0);
		expect(after.misses - before.misses).toBe(0);
	});
});
