import { describe, expect, it } from 'vitest';
import { cachedPage, markUncacheable } from '../../../../src/lib/server/http/page-cache';

/**
 * Each test uses addresses of its own: the page cache is one per process, as in the server.
 */
let unique = 0;
function address(path: string, link = `1.link${(unique += 1)}`): URL {
	return new URL(`http://app.test${path}?s=${link}`);
}

/** A renderer that counts its calls and answers with the page's own address. */
function renderer(init: ResponseInit = {}, during: () => void = () => {}) {
	let calls = 0;
	return {
		calls: () => calls,
		render: (url: URL) => async () => {
			calls += 1;
			during();
			return new Response(`page for ${url.pathname}${url.search} #${calls}`, {
				headers: { 'content-type': 'text/html', ...init.headers },
				status: init.status ?? 200
			});
		}
	};
}

async function ask(url: URL, render: () => Promise<Response>, method = 'GET') {
	const response = await cachedPage(new Request(url, { method }), render);
	return {
		status: response.status,
		text: await response.text(),
		type: response.headers.get('content-type')
	};
}

describe('the page cache', () => {
	it('renders a share link’s page once and sends the same page again', async () => {
		const url = address('/compare');
		const pages = renderer();
		const first = await ask(url, pages.render(url));
		const second = await ask(url, pages.render(url));
		expect(first).toEqual({
			status: 200,
			text: `page for /compare${url.search} #1`,
			type: 'text/html'
		});
		expect(second).toEqual(first);
		expect(pages.calls()).toBe(1);
	});

	it('never sends one link’s page, or one route’s, for another', async () => {
		const pages = renderer();
		const a = address('/compare', '1.aaaa');
		const b = address('/compare', '1.aaab');
		const report = address('/report', '1.aaaa');
		expect((await ask(a, pages.render(a))).text).toBe('page for /compare?s=1.aaaa #1');
		expect((await ask(b, pages.render(b))).text).toBe('page for /compare?s=1.aaab #2');
		expect((await ask(report, pages.render(report))).text).toBe('page for /report?s=1.aaaa #3');
		expect((await ask(a, pages.render(a))).text).toBe('page for /compare?s=1.aaaa #1');
	});

	it('never sends a page for a client-side navigation’s data, nor keeps the data', async () => {
		const link = `1.data${(unique += 1)}`;
		const page = address('/compare', link);
		const data = new URL(
			`http://app.test/compare/__data.json?s=${link}&x-sveltekit-invalidated=01`
		);
		const pages = renderer();
		expect((await ask(page, pages.render(page))).text).toBe(`page for /compare?s=${link} #1`);
		expect((await ask(data, pages.render(data))).text).toBe(
			`page for /compare/__data.json?s=${link}&x-sveltekit-invalidated=01 #2`
		);
		expect((await ask(data, pages.render(data))).text).toBe(
			`page for /compare/__data.json?s=${link}&x-sveltekit-invalidated=01 #3`
		);
		expect((await ask(page, pages.render(page))).text).toBe(`page for /compare?s=${link} #1`);
	});

	it('renders once for readers asking for one address at the same moment', async () => {
		const url = address('/embed');
		const pages = renderer();
		const answers = await Promise.all([1, 2, 3].map(() => ask(url, pages.render(url))));
		expect(answers.map(({ text }) => text)).toEqual(
			Array(3).fill(`page for /embed${url.search} #1`)
		);
		expect(pages.calls()).toBe(1);
	});

	it('keeps no page a load marked as degraded, but shares it with those asking at once', async () => {
		const url = address('/compare');
		const pages = renderer({}, markUncacheable);
		const both = await Promise.all([ask(url, pages.render(url)), ask(url, pages.render(url))]);
		expect(both.map(({ text }) => text)).toEqual(
			Array(2).fill(`page for /compare${url.search} #1`)
		);
		expect((await ask(url, pages.render(url))).text).toBe(`page for /compare${url.search} #2`);
	});

	it('keeps no error, no page marked no-store, and nothing but GETs of the three pages', async () => {
		const failing = address('/report');
		const errors = renderer({ status: 500 });
		await ask(failing, errors.render(failing));
		await ask(failing, errors.render(failing));
		expect(errors.calls()).toBe(2);

		const busy = address('/embed');
		const noStore = renderer({ headers: { 'cache-control': 'no-store' } });
		await ask(busy, noStore.render(busy));
		await ask(busy, noStore.render(busy));
		expect(noStore.calls()).toBe(2);

		const other = address('/compare/card.png');
		const head = address('/compare');
		const withoutLink = new URL('http://app.test/compare');
		const rest = renderer();
		for (const url of [other, other, withoutLink, withoutLink]) await ask(url, rest.render(url));
		await ask(head, rest.render(head), 'HEAD');
		await ask(head, rest.render(head), 'HEAD');
		expect(rest.calls()).toBe(6);
	});
});
