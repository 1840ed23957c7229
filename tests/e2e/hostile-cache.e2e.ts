import { expect, test } from '@playwright/test';
import { childrensTrust, packLink } from '../fixtures/hostile';

/**
 * The server keeps results and rendered pages of share links, and shares a computation between
 * requests asking for the same thing at once (src/lib/server/pool/cache.ts,
 * src/lib/server/http/page-cache.ts). These check, against the built server, that what is kept
 * or shared never answers another scenario's request: many requests for a few different
 * scenarios, sent at once and interleaved, each get their own answer.
 */

test.describe.configure({ timeout: 300_000 });

/** Each test's scenarios are new to the server: a title no other run has used. */
const RUN = `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/** The children's trust example with its own title and inflation. */
function variant(name: string, inflationPercent: string): Record<string, unknown> {
	return { ...childrensTrust(), title: `Trust ${name} ${RUN}`, inflationPercent };
}

/** `items` repeated `times`, interleaved: a b c a b c … */
function interleaved<T>(items: T[], times: number): T[] {
	return Array.from({ length: times }, () => items).flat();
}

/** Asks until the answer is not the busy server's (at most ten times, two seconds apart). */
async function untilNotBusy<T>(ask: () => Promise<T>, busy: (answer: T) => boolean): Promise<T> {
	let answer = await ask();
	for (let attempt = 0; attempt < 10 && busy(answer); attempt++) {
		await new Promise((resolve) => setTimeout(resolve, 2_000));
		answer = await ask();
	}
	return answer;
}

test('the API answers each of several scenarios asked at once with its own results', async ({
	request
}) => {
	const scenarios = [variant('a', '2'), variant('b', '3'), variant('c', '4')];
	const texts = scenarios.map((scenario) => JSON.stringify(scenario));
	const post = async (text: string) => {
		const response = await request.post('/api/v1/compare', {
			data: text,
			headers: { 'content-type': 'application/json' },
			timeout: 60_000
		});
		const retryAfter = response.headers()['retry-after'] ?? null;
		return { text, status: response.status(), retryAfter, body: await response.text() };
	};
	const answers = await Promise.all(interleaved(texts, 4).map(post));
	// A server too busy answers 503 with Retry-After; every other answer is the results.
	for (const { status, retryAfter } of answers) {
		expect(status === 200 || (status === 503 && retryAfter !== null), `${status}`).toBe(true);
	}
	const computed = answers.filter(({ status }) => status === 200);
	// Each scenario's answers are one and the same, and each is what the server works out for
	// that scenario afresh: the same scenario with its fields in another order is another
	// text, so it is not answered from what was kept or shared.
	const fresh: string[] = [];
	for (const scenario of scenarios) {
		const reordered = JSON.stringify(Object.fromEntries(Object.entries(scenario).reverse()));
		const answer = await untilNotBusy(
			() => post(reordered),
			({ status }) => status === 503
		);
		expect(answer.status).toBe(200);
		fresh.push(answer.body);
	}
	expect(new Set(fresh).size).toBe(3);
	for (const { text, body } of computed) expect(body).toBe(fresh[texts.indexOf(text)]);
});

test('pages of several links asked at once each show their own scenario', async ({ request }) => {
	const titles = ['d', 'e'].map((name) => `Trust ${name} ${RUN}`);
	const links = [packLink(variant('d', '2')), packLink(variant('e', '5'))];
	const get = async (path: string, which: number) => {
		const response = await request.get(`${path}?s=${encodeURIComponent(links[which])}`, {
			timeout: 60_000
		});
		return { which, status: response.status(), html: await response.text() };
	};
	for (const path of ['/compare', '/report']) {
		const pages = await Promise.all(interleaved([0, 1], 3).map((which) => get(path, which)));
		// A page never shows another link's scenario; a busy server's page shows no scenario
		// (its summary, left to the browser) rather than a wrong one.
		for (const { which, status, html } of pages) {
			expect(status, `${path} ${which}`).toBe(200);
			expect(html, `${path} ${which}`).not.toContain(titles[1 - which]);
		}
		for (const which of [0, 1]) {
			const page = await untilNotBusy(
				() => get(path, which),
				({ html }) => !html.includes(titles[which])
			);
			expect(page.html, `${path} ${which}`).toContain(titles[which]);
			expect(page.html, `${path} ${which}`).not.toContain(titles[1 - which]);
		}
	}
});

/** The card of a link: its status, ETag, and whether it is the link's own (kept) card. */
async function card(request: import('@playwright/test').APIRequestContext, query: string) {
	const response = await request.get(`/compare/card.png?${query}`, { timeout: 60_000 });
	const cacheControl = response.headers()['cache-control'];
	return { status: response.status(), etag: response.headers()['etag'], cacheControl };
}

test('cards of different links have different keys; the key parameter does not change the card', async ({
	request
}) => {
	const queries = [variant('f', '2'), variant('g', '6')].map(
		(scenario) => `s=${encodeURIComponent(packLink(scenario))}`
	);
	const cards = await Promise.all(
		interleaved([0, 1], 3).map(async (which) => ({
			which,
			...(await card(request, queries[which]))
		}))
	);
	expect(cards.map(({ status }) => status)).toEqual(Array(6).fill(200));
	// A server too busy to draw sends the generic card, not kept (no-store); every other answer
	// for a link is that link's own card, under one key.
	const own = cards.filter(({ cacheControl }) => cacheControl !== 'no-store');
	for (const which of [0, 1]) {
		expect(new Set(own.filter((c) => c.which === which).map((c) => c.etag)).size).toBeLessThan(2);
	}
	// Each link's own card, asked for until the server has drawn it (a busy machine may need
	// a few tries), has a key of its own.
	const keys: string[] = [];
	for (const query of queries) {
		const answer = await untilNotBusy(
			() => card(request, query),
			({ cacheControl }) => cacheControl === 'no-store'
		);
		expect(answer.cacheControl).toBe('public, max-age=86400');
		keys.push(answer.etag);
	}
	expect(keys[0]).not.toBe(keys[1]);
	for (const which of [0, 1]) {
		for (const { etag } of own.filter((c) => c.which === which)) expect(etag).toBe(keys[which]);
	}
	const keyed = await card(request, `${queries[0]}&v=${keys[0].replaceAll('"', '')}`);
	expect(keyed).toEqual({
		status: 200,
		etag: keys[0],
		cacheControl: 'public, max-age=31536000, immutable'
	});
});
