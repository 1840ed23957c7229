import { expect, test, type Page } from '@playwright/test';
import { encodeScenario } from '../../src/lib/codec/url-codec';
import { examplePath, exampleScenario } from './support/expected';
import { scriptStarted } from './support/started';

/**
 * Issue 12: the comparison page's parts below a phone's first screen are drawn by the server
 * and their code is loaded once the page is idle (src/lib/components/island). What a reader does
 * in such a part before its code has arrived is held back and done once it has, not lost.
 */

/**
 * Holds back the browser's copy of the script that holds `text` (one part's code) until the
 * returned `release` is called. `wasAsked` gives its address once the page has asked for it.
 */
async function holdCodeWith(page: Page, text: string) {
	let release = (): void => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	let asked = (url: string): void => void url;
	const wasAsked = new Promise<string>((resolve) => (asked = resolve));
	await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (body.includes(text)) {
			asked(route.request().url());
			await released;
		}
		await route.fulfill({ response, body });
	});
	return { release, wasAsked };
}

test.describe('a part of the comparison page whose code is still on its way', () => {
	// Scripts still being fetched when a test ends are no longer its concern.
	test.afterEach(({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

	test('leaves its code out of what the page first loads, and asks for it once idle', async ({
		page
	}) => {
		const hold = await holdCodeWith(page, 'Import scenario');
		const response = await page.goto('/compare');
		// The scripts the page starts with, which the server's answer tells the browser to preload.
		const links = response?.headers()['link'] ?? '';
		const first = [...links.matchAll(/<([^>]+\.js)>; rel="modulepreload"/g)].map((m) => m[1]);
		expect(first.length).toBeGreaterThan(5);
		const url = await hold.wasAsked;
		expect(first.some((href) => url.endsWith(href.replace(/^(\.\.?\/)+/, '')))).toBe(false);
		// The server drew the part in full all the same.
		await expect(page.getByLabel('Import scenario')).toBeVisible();
		hold.release();
	});

	test('imports a file chosen before its code arrived, once it has', async ({ page }) => {
		const hold = await holdCodeWith(page, 'Import scenario');
		await page.goto('/compare');
		await scriptStarted(page);
		await hold.wasAsked;
		await page.getByLabel('Import scenario').setInputFiles(examplePath('foster-placements'));
		const heading = page.getByRole('heading', { level: 1 });
		await expect(heading).not.toHaveText(exampleScenario('foster-placements').title);
		hold.release();
		await expect(heading).toHaveText(exampleScenario('foster-placements').title);
		await expect(page.getByRole('status').filter({ hasText: /^Imported/ })).toBeVisible();
	});

	test('opens the embed dialog pressed for before its code arrived, once it has', async ({
		page
	}) => {
		const hold = await holdCodeWith(page, 'Paste this code into a web page');
		await page.goto(`/compare?s=${await encodeScenario(exampleScenario('foster-placements'))}`);
		await scriptStarted(page);
		await hold.wasAsked;
		await page.getByRole('button', { name: 'Embed this comparison' }).click();
		const dialog = page.getByRole('dialog', { name: 'Embed this comparison' });
		await expect(dialog).toBeHidden();
		hold.release();
		await expect(dialog).toBeVisible();
		await expect(dialog.getByRole('textbox', { name: 'Code for the frame' })).toHaveValue(
			/<iframe /
		);
	});
});
