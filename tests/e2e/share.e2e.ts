import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { violations } from './support/axe';
import { scriptStarted } from './support/started';
import { encodeScenario } from '../../src/lib/codec/url-codec';
import { analyse, toResultsDocument } from '../../src/lib/engine';
import { buildHeadlines } from '../../src/lib/results/headline';
import { EMBED_MESSAGES, hostScript } from '../../src/lib/share/embed';
import { decodePng, distinctColours, pngSize } from '../fixtures/png';
import { EXAMPLES, exactLine, exampleScenario, type ExampleName } from './support/expected';

/**
 * Issue 5, first half: the social card, the link preview's meta tags and the embed, each from
 * the same `s` parameter as the comparison page.
 */

/** The `s` parameter of a worked example, as the page would write it. */
function linkOf(name: ExampleName): Promise<string> {
	return encodeScenario(exampleScenario(name));
}

/** The first headline of a worked example, in words, as the page shows it. */
function headlineOf(name: ExampleName): string {
	const analysis = analyse(exampleScenario(name));
	return buildHeadlines(analysis, toResultsDocument(analysis))[0].text;
}

async function png(response: APIResponse): Promise<Uint8Array> {
	return new Uint8Array(await response.body());
}

/** The content of a meta tag of the page. */
function meta(page: Page, key: string): Promise<string | null> {
	const attribute = key.startsWith('og:') ? 'property' : 'name';
	return page.locator(`meta[${attribute}="${key}"]`).getAttribute('content');
}

test.describe('the social card', () => {
	for (const name of EXAMPLES) {
		test(`the ${name} card is a 1200 × 630 PNG with something drawn on it`, async ({ request }) => {
			const response = await request.get(`/compare/card.png?s=${await linkOf(name)}`);
			const image = await png(response);
			expect([
				response.status(),
				response.headers()['content-type'],
				pngSize(image),
				distinctColours(decodePng(image)) > 50
			]).toEqual([200, 'image/png', { width: 1200, height: 630 }, true]);
		});
	}

	test('the card the page links to is cached for good, and a repeat request costs nothing', async ({
		page,
		request
	}) => {
		await page.goto(`/compare?s=${await linkOf('foster-placements')}`);
		const image = (await meta(page, 'og:image')) ?? '';
		const first = await request.get(image);
		const etag = first.headers()['etag'];
		const again = await request.get(image, { headers: { 'if-none-match': etag } });
		expect([
			first.headers()['cache-control'],
			/^"[0-9a-f]{16}"$/.test(etag),
			again.status(),
			again.headers()['etag']
		]).toEqual(['public, max-age=31536000, immutable', true, 304, etag]);
	});

	test('a card URL without its key is kept for a day, with the same ETag', async ({ request }) => {
		const response = await request.get(`/compare/card.png?s=${await linkOf('insourcing')}`);
		expect(response.headers()['cache-control']).toBe('public, max-age=86400');
	});

	for (const [what, query] of [
		['a damaged link', '?s=1.not-a-real-link'],
		['a link from a newer version', '?s=9.abc'],
		['no link at all', '']
	]) {
		test(`${what} gets the generic card, not an error`, async ({ request }) => {
			const response = await request.get(`/compare/card.png${query}`);
			expect([
				response.status(),
				response.headers()['content-type'],
				pngSize(await png(response))
			]).toEqual([200, 'image/png', { width: 1200, height: 630 }]);
		});
	}
});

test.describe('the link preview', () => {
	// A site making a link preview reads the server's HTML and runs no script, so the tags are
	// read as it would find them, without starting the page's JavaScript (the engine, the charts).
	test.use({ javaScriptEnabled: false });

	for (const name of EXAMPLES) {
		test(`the ${name} link's meta tags carry its headline`, async ({ page, baseURL }) => {
			const link = await linkOf(name);
			await page.goto(`/compare?s=${link}`);
			const headline = headlineOf(name);
			const image = new URL((await meta(page, 'og:image')) ?? '');
			expect({
				title: await meta(page, 'og:title'),
				description: await meta(page, 'og:description'),
				twitterDescription: await meta(page, 'twitter:description'),
				card: await meta(page, 'twitter:card'),
				altStatesHeadline: ((await meta(page, 'og:image:alt')) ?? '').includes(headline),
				twitterAlt: await meta(page, 'twitter:image:alt'),
				image: `${image.origin}${image.pathname}`,
				imageState: image.searchParams.get('s'),
				twitterImage: await meta(page, 'twitter:image')
			}).toEqual({
				title: exampleScenario(name).title,
				description: headline,
				twitterDescription: headline,
				card: 'summary_large_image',
				altStatesHeadline: true,
				twitterAlt: await meta(page, 'og:image:alt'),
				image: `${baseURL}/compare/card.png`,
				imageState: link,
				twitterImage: image.href
			});
		});
	}

	test('a broken link describes the product and shows the generic card', async ({ page }) => {
		await page.goto('/compare?s=1.not-a-real-link');
		const image = new URL((await meta(page, 'og:image')) ?? '');
		expect([await meta(page, 'og:title'), image.search]).toEqual([
			'Public cost comparator: compare the cost of a service',
			''
		]);
	});
});

test.describe('the embed', () => {
	for (const theme of ['light', 'dark'] as const) {
		test(`the ${theme} embed has no accessibility violations`, async ({ page }) => {
			await page.goto(`/embed?s=${await linkOf('foster-placements')}&theme=${theme}`);
			await expect(page.getByRole('img', { name: /running total cost/ })).toBeVisible();
			expect(await violations(page)).toEqual([]);
		});
	}

	test('a narrow embed has no accessibility violations', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(`/embed?s=${await linkOf('childrens-trust')}`);
		expect(await violations(page)).toEqual([]);
	});

	test('its link opens the full comparison, with the same figures, in a new tab', async ({
		page
	}) => {
		await page.goto(`/embed?s=${await linkOf('insourcing')}`);
		const opened = page.waitForEvent('popup');
		await page.getByRole('link', { name: /open the full comparison/i }).click();
		const comparison = await opened;
		await expect(
			comparison.getByText(exactLine(exampleScenario('insourcing')), { exact: true })
		).toBeVisible();
	});

	test('a broken embed link explains itself', async ({ page }) => {
		await page.goto('/embed?s=1.not-a-real-link');
		await expect(
			page.getByRole('heading', { name: 'This comparison could not be shown' })
		).toBeVisible();
	});
});

test.describe('the embed in another site', () => {
	/**
	 * Another origin to frame the embed from: a small server of the test's own on another port
	 * of the same machine (Chromium lets a page frame a loopback address only from another
	 * loopback address). Each test puts its host page at its own path.
	 */
	const pages = new Map<string, string>();
	let server: Server;
	let hostOrigin = '';

	test.beforeAll(async () => {
		server = createServer((request, response) => {
			const body = pages.get(request.url ?? '');
			response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html' });
			response.end(body ?? '');
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		hostOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});

	test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

	/** Serves `body` as a host's page and opens it. */
	async function host(page: Page, path: string, body: string): Promise<void> {
		pages.set(path, `<!doctype html><title>Host</title>${body}`);
		await page.goto(`${hostOrigin}${path}`);
	}

	/** Records every message the host page receives, in `window.received`. */
	const RECORDER = `<script>
		window.received = [];
		window.addEventListener('message', function (event) {
			window.received.push({ origin: event.origin, data: event.data });
		});
	</script>`;

	test('it tells a host that asks how tall it is, and the host script fits the frame to it', async ({
		page,
		baseURL
	}) => {
		const src = `${baseURL}/embed?s=${await linkOf('foster-placements')}`;
		await host(
			page,
			'/asks',
			`${RECORDER}<iframe src="${src}" title="Cost comparison" width="100%" height="200"></iframe>${hostScript(baseURL ?? '')}`
		);
		await page.waitForFunction(
			(type) =>
				(window as unknown as { received: { data: { type?: string } }[] }).received.some(
					(message) => message.data?.type === type
				),
			EMBED_MESSAGES.resize
		);
		const received = await page.evaluate(
			() => (window as unknown as { received: { origin: string; data: unknown }[] }).received
		);
		const resize = received.find(
			(message) => (message.data as { type?: string }).type === EMBED_MESSAGES.resize
		);
		const height = (resize?.data as { height: number }).height;
		const frame = page.frameLocator('iframe');
		await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
		const contentHeight = await page
			.frames()[1]
			.evaluate(() => document.querySelector('main')?.getBoundingClientRect().height ?? 0);
		expect({
			origin: resize?.origin,
			keys: Object.keys(resize?.data ?? {}).sort(),
			heightIsContent: Math.abs(height - contentHeight) <= 1,
			plausible: height > 400 && height < 2000,
			frameHeight: await page.locator('iframe').evaluate((element) => element.style.height)
		}).toEqual({
			origin: baseURL,
			keys: ['height', 'type'],
			heightIsContent: true,
			plausible: true,
			frameHeight: `${height}px`
		});
	});

	test('it sends no height to a host that does not ask', async ({ page, baseURL }) => {
		const src = `${baseURL}/embed?s=${await linkOf('foster-placements')}`;
		await host(
			page,
			'/silent',
			`${RECORDER}<iframe src="${src}" title="Cost comparison"></iframe>`
		);
		await page.waitForFunction(
			(type) =>
				(window as unknown as { received: { data: { type?: string } }[] }).received.some(
					(message) => message.data?.type === type
				),
			EMBED_MESSAGES.ready
		);
		// Time for a height to arrive, if the frame were going to send one unasked.
		await page.waitForTimeout(500);
		const types = await page.evaluate(() =>
			(window as unknown as { received: { data: { type?: string } }[] }).received.map(
				(message) => message.data?.type
			)
		);
		expect(types).toEqual([EMBED_MESSAGES.ready]);
	});
});

test.describe('the Embed dialog', () => {
	test('gives the code of a frame that shows the same comparison, in the chosen colours', async ({
		page,
		baseURL
	}) => {
		const link = await linkOf('foster-placements');
		await page.goto(`/compare?s=${link}`);
		await scriptStarted(page);
		await page.getByRole('button', { name: 'Embed this comparison' }).click();
		const dialog = page.getByRole('dialog', { name: 'Embed this comparison' });
		await expect(dialog).toBeVisible();
		const code = dialog.getByRole('textbox', { name: 'Code for the frame' });
		await expect(code).toHaveValue(new RegExp(`^<iframe src="${baseURL}/embed\\?s=${link}"`));
		await dialog.getByRole('radio', { name: 'Dark' }).check();
		await expect(code).toHaveValue(/&amp;theme=dark"/);
		await dialog.getByRole('button', { name: 'Copy code' }).click();
		await expect(dialog.getByRole('status')).toHaveText(/copied|copy it/);
		expect(await violations(page, 'dialog')).toEqual([]);
		await dialog.getByRole('button', { name: 'Close' }).click();
		await expect(dialog).toBeHidden();
	});
});
