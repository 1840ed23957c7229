import { describe, expect, it } from 'vitest';
import { ResultCache, type Computed } from '../../../../src/lib/server/pool/cache';

const LIMITS = { maxEntries: 3, maxWeight: 100, maxEntryWeight: 50 };

/** A computation that records each call and gives `value` with `weight`. */
function counted(calls: string[], value: string, weight = 1, keep = true) {
	return async (): Promise<Computed<string>> => {
		calls.push(value);
		return { value, weight, keep };
	};
}

/** A computation that finishes only when `finish` is called. */
function gated<T>(): {
	compute: () => Promise<Computed<T>>;
	finish: (c: Computed<T>) => void;
	fail: (e: Error) => void;
	calls: () => number;
} {
	let calls = 0;
	let finish: (c: Computed<T>) => void = () => {};
	let fail: (e: Error) => void = () => {};
	const compute = () => {
		calls += 1;
		return new Promise<Computed<T>>((resolve, reject) => {
			finish = resolve;
			fail = reject;
		});
	};
	return { compute, finish: (c) => finish(c), fail: (e) => fail(e), calls: () => calls };
}

describe('ResultCache', () => {
	it('works a key out once and answers it again from what it kept', async () => {
		const cache = new ResultCache<string>(LIMITS);
		const calls: string[] = [];
		expect(await cache.get('a', counted(calls, 'A'))).toBe('A');
		expect(await cache.get('a', counted(calls, 'A again'))).toBe('A');
		expect(calls).toEqual(['A']);
		expect(cache.stats()).toEqual({ entries: 1, weight: 1, hits: 1, shared: 0, misses: 1 });
	});

	it('never answers one key with another key’s value', async () => {
		const cache = new ResultCache<string>(LIMITS);
		const calls: string[] = [];
		expect(await cache.get('a', counted(calls, 'A'))).toBe('A');
		expect(await cache.get('b', counted(calls, 'B'))).toBe('B');
		expect(await cache.get('a', counted(calls, 'not A'))).toBe('A');
		expect(await cache.get('b', counted(calls, 'not B'))).toBe('B');
		expect(calls).toEqual(['A', 'B']);
	});

	it('shares one computation between askers of the same key at the same moment', async () => {
		const cache = new ResultCache<string>(LIMITS);
		const work = gated<string>();
		const first = cache.get('a', work.compute);
		const second = cache.get('a', work.compute);
		const other = cache.get('b', async () => ({ value: 'B', weight: 1, keep: true }));
		work.finish({ value: 'A', weight: 1, keep: true });
		expect(await Promise.all([first, second, other])).toEqual(['A', 'A', 'B']);
		expect(work.calls()).toBe(1);
		expect(cache.stats()).toMatchObject({ shared: 1, misses: 2 });
	});

	it('gives every sharer the error, keeps nothing, and works the key out again next time', async () => {
		const cache = new ResultCache<string>(LIMITS);
		const work = gated<string>();
		const first = cache.get('a', work.compute);
		const second = cache.get('a', work.compute);
		work.fail(new Error('stopped at its limit'));
		await expect(first).rejects.toThrow('stopped at its limit');
		await expect(second).rejects.toThrow('stopped at its limit');
		const calls: string[] = [];
		expect(await cache.get('a', counted(calls, 'A'))).toBe('A');
		expect(calls).toEqual(['A']);
	});

	it('shares a value it may not keep, then works it out again', async () => {
		const cache = new ResultCache<string>(LIMITS);
		const work = gated<string>();
		const first = cache.get('a', work.compute);
		const second = cache.get('a', work.compute);
		work.finish({ value: 'busy page', weight: 1, keep: false });
		expect(await Promise.all([first, second])).toEqual(['busy page', 'busy page']);
		const calls: string[] = [];
		expect(await cache.get('a', counted(calls, 'whole page'))).toBe('whole page');
		expect(cache.stats().entries).toBe(1);
	});

	it('lets the least recently used entry go when there are too many', async () => {
		const cache = new ResultCache<string>(LIMITS);
		const calls: string[] = [];
		for (const key of ['a', 'b', 'c']) await cache.get(key, counted(calls, key));
		await cache.get('a', counted(calls, 'a again'));
		await cache.get('d', counted(calls, 'd'));
		expect(cache.stats().entries).toBe(3);
		await cache.get('a', counted(calls, 'a once more'));
		await cache.get('b', counted(calls, 'b again'));
		expect(calls).toEqual(['a', 'b', 'c', 'd', 'b again']);
	});

	it('keeps the total weight within its bound and nothing heavier than an entry may be', async () => {
		const cache = new ResultCache<string>(LIMITS);
		const calls: string[] = [];
		await cache.get('a', counted(calls, 'a', 40));
		await cache.get('b', counted(calls, 'b', 40));
		await cache.get('c', counted(calls, 'c', 40));
		expect(cache.stats()).toMatchObject({ entries: 2, weight: 80 });
		expect(await cache.get('heavy', counted(calls, 'heavy', 51))).toBe('heavy');
		expect(await cache.get('heavy', counted(calls, 'heavy again', 51))).toBe('heavy again');
		expect(cache.stats()).toMatchObject({ entries: 2, weight: 80 });
		await cache.get('a', counted(calls, 'a again', 40));
		expect(calls).toEqual(['a', 'b', 'c', 'heavy', 'heavy again', 'a again']);
	});
});
