/**
 * The contract every link store keeps (src/lib/server/links/store.ts), run against SQLite
 * (sqlite-store.test.ts) and PostgreSQL (postgres-store.test.ts) alike.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LinkStore } from '../../../src/lib/server/links/store';

/** A store to test, fresh and empty, and how to open it again on the same data. */
export interface StoreUnderTest {
	store: LinkStore;
	reopen: () => Promise<LinkStore>;
	/** Removes the test's data. */
	dispose: () => Promise<void>;
}

const DOCUMENT = '{"format":"public-cost-comparison","version":1,"title":"Cleaning"}';
const OTHER = '{"format":"public-cost-comparison","version":1,"title":"Catering"}';

export function linkStoreContract(name: string, make: () => Promise<StoreUnderTest>): void {
	describe(`${name}: the link store contract`, () => {
		let subject: StoreUnderTest;
		let store: LinkStore;
		const opened: LinkStore[] = [];

		beforeEach(async () => {
			subject = await make();
			store = subject.store;
		});

		afterEach(async () => {
			for (const other of opened.splice(0)) await other.close();
			await store.close();
			await subject.dispose();
		});

		it('starts empty', async () => {
			expect([await store.count(), await store.get('AbCd1234'), await store.page('', 10)]).toEqual([
				0,
				null,
				[]
			]);
		});

		it('keeps a new link and gives back its document exactly', async () => {
			const before = Date.now();
			expect(await store.put('AbCd1234', DOCUMENT)).toBe('created');
			const link = await store.get('AbCd1234');
			expect(link?.id).toBe('AbCd1234');
			expect(link?.document).toBe(DOCUMENT);
			expect(link!.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
			expect(link!.createdAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
			expect(await store.count()).toBe(1);
		});

		it('answers "exists" for the same document under the same id, keeping one copy', async () => {
			await store.put('AbCd1234', DOCUMENT);
			expect(await store.put('AbCd1234', DOCUMENT)).toBe('exists');
			expect(await store.count()).toBe(1);
		});

		it('answers "taken" for another document under a kept id, and never changes the kept one', async () => {
			await store.put('AbCd1234', DOCUMENT);
			expect(await store.put('AbCd1234', OTHER)).toBe('taken');
			expect((await store.get('AbCd1234'))?.document).toBe(DOCUMENT);
		});

		it('tells ids apart by case', async () => {
			await store.put('abcd1234', DOCUMENT);
			expect(await store.put('ABCD1234', OTHER)).toBe('created');
			expect((await store.get('ABCD1234'))?.document).toBe(OTHER);
			expect((await store.get('abcd1234'))?.document).toBe(DOCUMENT);
		});

		it('creates a link once when the same id is put many times at once', async () => {
			const outcomes = await Promise.all(
				Array.from({ length: 8 }, () => store.put('Race0001', DOCUMENT))
			);
			expect(outcomes.filter((outcome) => outcome === 'created')).toHaveLength(1);
			expect(outcomes.filter((outcome) => outcome === 'exists')).toHaveLength(7);
		});

		it('keeps any text byte for byte: non-Latin scripts, quotes, and a large document', async () => {
			const text = JSON.stringify({
				title: 'Gofal cymdeithasol – “in-house” 社会福利 خدمات',
				notes: 'x'.repeat(300_000)
			});
			await store.put('Big00001', text);
			expect((await store.get('Big00001'))?.document).toBe(text);
		});

		it('keeps the time it is given when copying from another store', async () => {
			const when = new Date('2026-11-30T09:15:42.123Z');
			await store.put('Copied01', DOCUMENT, when);
			expect((await store.get('Copied01'))?.createdAt.toISOString()).toBe(when.toISOString());
		});

		it('lists links in byte order of their ids, a page at a time', async () => {
			for (const id of ['b0000000', 'A0000000', '90000000', 'a0000000', 'B0000000']) {
				await store.put(id, `{"id":"${id}"}`);
			}
			const first = await store.page('', 3);
			const rest = await store.page(first[2].id, 3);
			expect([...first, ...rest].map((link) => link.id)).toEqual([
				'90000000',
				'A0000000',
				'B0000000',
				'a0000000',
				'b0000000'
			]);
		});

		it('still has every link after it is closed and opened again', async () => {
			await store.put('Kept0001', DOCUMENT);
			await store.close();
			store = await subject.reopen();
			expect([(await store.get('Kept0001'))?.document, await store.count()]).toEqual([DOCUMENT, 1]);
		});

		it('can be opened by several instances at once, each migrating safely', async () => {
			const others = await Promise.all([subject.reopen(), subject.reopen(), subject.reopen()]);
			opened.push(...others);
			await others[0].put('Shared01', DOCUMENT);
			expect((await others[2].get('Shared01'))?.document).toBe(DOCUMENT);
			expect(await store.get('Shared01')).not.toBeNull();
		});
	});
}
