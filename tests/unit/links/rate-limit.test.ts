import { describe, expect, it } from 'vitest';
import { rateLimitFromEnv, TokenBuckets } from '../../../src/lib/server/links/rate-limit';

function clock(): { now: () => number; advance: (ms: number) => void } {
	let time = 1_000_000;
	return { now: () => time, advance: (ms) => (time += ms) };
}

describe('TokenBuckets', () => {
	it('lets a client make `burst` links at once, then says how long to wait', () => {
		const time = clock();
		const buckets = new TokenBuckets({ burst: 3, perMinute: 6, now: time.now });
		const waits: number[] = [];
		for (let i = 0; i < 4; i++) {
			waits.push(buckets.wait('198.51.100.7'));
			if (waits[i] === 0) buckets.take('198.51.100.7');
		}
		expect(waits).toEqual([0, 0, 0, 10]);
	});

	it('gives a token back every 60 / perMinute seconds, counting down the wait', () => {
		const time = clock();
		const buckets = new TokenBuckets({ burst: 1, perMinute: 6, now: time.now });
		buckets.take('a');
		time.advance(4_000);
		const partWay = buckets.wait('a');
		time.advance(6_000);
		expect([partWay, buckets.wait('a')]).toEqual([6, 0]);
	});

	it('keeps clients apart', () => {
		const buckets = new TokenBuckets({ burst: 1, perMinute: 1, now: clock().now });
		buckets.take('a');
		expect([buckets.wait('a'), buckets.wait('b')]).toEqual([60, 0]);
	});

	it('remembers at most maxClients, forgetting the least recently seen', () => {
		const time = clock();
		const buckets = new TokenBuckets({ burst: 1, perMinute: 1, maxClients: 3, now: time.now });
		for (const client of ['a', 'b', 'c', 'd']) buckets.take(client);
		expect([buckets.size, buckets.wait('a'), buckets.wait('d')]).toEqual([3, 0, 60]);
	});

	it('forgets full buckets first when it must make room', () => {
		const time = clock();
		const buckets = new TokenBuckets({ burst: 2, perMinute: 60, maxClients: 2, now: time.now });
		buckets.take('a');
		time.advance(2_000);
		buckets.take('b');
		buckets.take('b');
		buckets.take('c');
		// a had refilled (the same as unseen) and was dropped; b, still empty, was kept.
		expect([buckets.size, buckets.wait('b')]).toEqual([2, 1]);
	});
});

describe('rateLimitFromEnv', () => {
	it('reads LINK_RATE_BURST and LINK_RATE_PER_MINUTE, ignoring values that are not positive numbers', () => {
		expect([
			rateLimitFromEnv({}),
			rateLimitFromEnv({ LINK_RATE_BURST: '5', LINK_RATE_PER_MINUTE: '0.5' }),
			rateLimitFromEnv({ LINK_RATE_BURST: 'many', LINK_RATE_PER_MINUTE: '-1' })
		]).toEqual([
			{ burst: 60, perMinute: 10 },
			{ burst: 5, perMinute: 0.5 },
			{ burst: 60, perMinute: 10 }
		]);
	});
});
