import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { violations } from './support/axe';
import { editTitleThenClick, linkWritten } from './support/link';
import { scriptStarted } from './support/started';
import { decodeScenario, encodeScenario } from '../../src/lib/codec/url-codec';
import { scenarioToDocument } from '../../src/lib/schemas/serialize';
import { examplePath, exactLine, exampleScenario, type ExampleName } from './support/expected';

/**
 * Issue 14: short links. A scenario kept by POST /api/v1/links opens at /s/{id} as the
 * comparison page, with its short and full links side by side; "Copy link" copies the short
 * link; an unknown id is a clear 404; the report prints and codes the short link.
 */

// Each test renders the whole comparison page (or report) more than once, and axe reads it all.
test.beforeEach(() => test.slow());

/** Keeps a worked example (or an edited copy) and gives its short link. */
async function keep(
	request: APIRequestContext,
	name: ExampleName,
	title?: string
): Promise<{ id: string; url: string }> {
	const document = JSON.parse(readFileSync(examplePath(name), 'utf8'));
	if (title !== undefined) document.title = title;
	const response = await request.post('/api/v1/links', { data: document });
	expect([200, 201]).toContain(response.status());
	return response.json();
}

test.describe('a short link', () => {
	test('opens the comparison with its exact figures, both links side by side, cacheable by id', async ({
		page,
		request
	}) => {
		const { id, url } = await keep(request, 'childrens-trust');
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		const response = await page.goto(`/s/${id}`);
		expect(response?.headers()['cache-control']).toBe('public, max-age=300');
		const scenario = exampleScenario('childrens-trust');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(scenario.title);
		await expect(page.getByText(exactLine(scenario), { exact: true })).toBeVisible();
		await expect(page.getByRole('textbox', { name: 'Short link' })).toHaveValue(url);
		const full = await page.getByRole('textbox', { name: 'Full link' }).inputValue();
		expect(full).toMatch(/\/compare\?s=1\./);
		await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', url);
		expect(await violations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('has a social card of its own, cached for good under its key', async ({ page, request }) => {
		const { id } = await keep(request, 'insourcing');
		await page.goto(`/s/${id}`);
		const image = await page.locator('meta[property="og:image"]').getAttribute('content');
		expect(image).toContain(`/s/${id}/card.png?v=`);
		const card = await request.get(image ?? '');
		expect([
			card.status(),
			card.headers()['content-type'],
			card.headers()['cache-control']
		]).toEqual([200, 'image/png', 'public, max-age=31536000, immutable']);
	});

	test('keeps its own address until the scenario is edited', async ({ page, request }) => {
		const { id } = await keep(request, 'foster-placements');
		await page.goto(`/s/${id}`);
		await page.waitForLoadState('networkidle');
		// Past the moment the page opens the browser's saved scenarios, and a link's debounce.
		await page.evaluate(
			() =>
				new Promise((resolve) =>
					requestIdleCallback(() => requestIdleCallback(() => setTimeout(resolve, 1000)))
				)
		);
		await expect(page).toHaveURL(new RegExp(`/s/${id}$`));
		await expect(page.getByRole('textbox', { name: 'Short link' })).toBeVisible();
	});

	test('leaves the kept scenario for a full link once it is edited', async ({ page, request }) => {
		const { id } = await keep(request, 'foster-placements');
		await page.goto(`/s/${id}`);
		await scriptStarted(page);
		await page
			.getByRole('textbox', { name: 'Title', exact: true })
			.fill('Foster placements, edited');
		await expect(page).toHaveURL(/\/compare\?s=1\./);
		await expect(page.getByRole('textbox', { name: 'Short link' })).toHaveCount(0);
		// The address is rewritten once typing pauses: reload only once the last rewrite is done.
		await linkWritten(page);
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Foster placements, edited');
	});

	test('that does not exist is a clear 404 page', async ({ page }) => {
		const response = await page.goto('/s/Nowhere123');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Short link not found');
		await expect(page.getByText(/There is no comparison at this short link/)).toBeVisible();
		expect(await violations(page)).toEqual([]);
	});
});

test.describe('Copy link', () => {
	test('keeps the comparison and copies its short link, which opens the same figures', async ({
		page,
		context,
		browser
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const scenario = { ...exampleScenario('insourcing'), title: `Copy link ${Date.now()}` };
		await page.goto(`/compare?s=${await encodeScenario(scenario)}`);
		await scriptStarted(page);
		await expect(page.getByRole('textbox', { name: 'Short link' })).toHaveCount(0);
		await page.getByRole('button', { name: 'Copy link', exact: true }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Short link copied.' })).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toMatch(/\/s\/[0-9A-Za-z]{8}$/);
		await expect(page.getByRole('textbox', { name: 'Short link' })).toHaveValue(copied);
		const again = await page.request.post('/api/v1/links', { data: scenarioToDocument(scenario) });
		expect([again.status(), (await again.json()).url]).toEqual([200, copied]);

		const stranger = await browser.newContext();
		const strangerPage = await stranger.newPage();
		await strangerPage.goto(copied);
		await expect(strangerPage.getByText(exactLine(scenario), { exact: true })).toBeVisible();
		await stranger.close();
	});
});

test.describe('Copy full link', () => {
	test('straight after an edit, copies the link of the comparison as edited, not as it was', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(`/compare?s=${await encodeScenario(exampleScenario('insourcing'))}`);
		await scriptStarted(page);
		const opened = page.url();

		expect(await editTitleThenClick(page, 'Insourcing, edited', 'Copy full link')).toBe(true);
		await expect(page.getByRole('status').filter({ hasText: 'Full link copied.' })).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).not.toBe(opened);
		await linkWritten(page);
		expect(copied).toBe(page.url());
		await expect(page.getByRole('textbox', { name: 'Full link' })).toHaveValue(copied);
		const decoded = await decodeScenario(new URL(copied).searchParams.get('s') ?? '');
		expect(decoded.ok && decoded.scenario.title).toBe('Insourcing, edited');
	});

	test('for a comparison too large for a link, copies nothing and says why', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const document = JSON.parse(readFileSync(examplePath('foster-placements'), 'utf8'));
		// Text that does not compress: about 11 KB packed, where a link holds at most 8,000
		// characters.
		let seed = 1;
		const noise = (length: number): string =>
			Array.from({ length }, () => {
				seed = (seed * 48271) % 2147483647;
				return 'abcdefghijklmnopqrstuvwxyz0123456789 ,.'[seed % 39];
			}).join('');
		document.title = 'Too large for a link';
		document.description = noise(5000);
		for (const option of document.options) option.lines[0].notes = noise(5000);
		await page.goto('/compare');
		await scriptStarted(page);
		await page.evaluate(() => navigator.clipboard.writeText('what was there before'));
		await page.getByLabel('Import scenario').setInputFiles({
			name: 'large.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(document))
		});
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Too large for a link');
		const share = page.getByRole('region', { name: 'Share this comparison' });
		await expect(share.getByRole('status')).toHaveText(
			'This comparison is too large to share as a link. Download the scenario file to share ' +
				'it instead.'
		);

		await share.getByRole('button', { name: 'Copy full link' }).click();
		await expect(share.getByRole('status')).toHaveText(
			'No link was copied: this comparison is too large to share as a link. Download the ' +
				'scenario file to share it instead.'
		);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('what was there before');
		await expect(page.getByRole('link', { name: 'Open the printable report' })).toHaveCount(0);
	});
});

test.describe('Copy link, when the site cannot keep a link', () => {
	test('copies the full link and says why', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.route('**/api/v1/links', (route) =>
			route.fulfill({
				status: 503,
				contentType: 'application/problem+json',
				body: '{"type":"/api#problem-storage-unavailable","title":"Links cannot be kept just now","status":503,"detail":"Down."}'
			})
		);
		await page.goto(`/compare?s=${await encodeScenario(exampleScenario('foster-placements'))}`);
		// Pressed before the page's script runs, the button is the server's, with nothing behind it.
		await scriptStarted(page);
		await page.getByRole('button', { name: 'Copy link', exact: true }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Full link copied.' })).toHaveText(
			'Full link copied. There is no short link, because the store of short links cannot be ' +
				'reached just now; the full link holds every figure, so it works just as well.'
		);
		const full = await page.getByRole('textbox', { name: 'Full link' }).inputValue();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(full);
		await expect(page.getByRole('textbox', { name: 'Short link' })).toHaveCount(0);
	});
});

test.describe('the report', () => {
	test('prints the short link beside the full one, and codes it in the QR code', async ({
		page,
		request
	}) => {
		const { id, url } = await keep(request, 'foster-placements');
		await page.goto(`/s/${id}`);
		const full = await page.getByRole('textbox', { name: 'Full link' }).inputValue();
		// The report asks for its short link once it runs in the browser.
		const answered = page.waitForResponse((response) => response.url().endsWith('/api/v1/links'));
		await page.goto(full.replace('/compare?', '/report?'));
		expect((await answered).status()).toBe(200);
		await expect(page.getByText('Short link, kept by this site for good:')).toBeVisible();
		await expect(page.getByText(url, { exact: true })).toBeVisible();
		await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
	});
});
