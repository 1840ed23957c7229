import { expect, test } from '@playwright/test';
import { fosterLinkParameter } from './support/expected';
import { scriptStarted } from './support/started';

/**
 * A page is drawn in full from its HTML and stylesheets; its scripts only make it live. The
 * browser must fetch the scripts the page's `Link` header preloads at low priority, after the
 * stylesheets (src/lib/server/http/script-priority.ts), and the page must still come alive.
 */
test('a share link fetches its stylesheets first and its scripts at low priority, and goes live', async ({
	page
}) => {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	const priorities = new Map<string, string>();
	cdp.on('Network.requestWillBeSent', ({ request }) => {
		if (!priorities.has(request.url)) priorities.set(request.url, request.initialPriority);
	});

	const response = await page.goto(`/compare?s=${fosterLinkParameter()}`);
	await scriptStarted(page);

	const preloads = (response?.headers().link ?? '').split(/,\s*(?=<)/).map((entry) => ({
		url: new URL(entry.slice(entry.indexOf('<') + 1, entry.indexOf('>')), page.url()).href,
		script: entry.includes('rel="modulepreload"')
	}));
	const scripts = preloads.filter((preload) => preload.script);
	const styles = preloads.filter((preload) => !preload.script);
	expect(scripts.length).toBeGreaterThan(5);
	expect(styles.length).toBeGreaterThan(5);
	expect(scripts.map(({ url }) => priorities.get(url))).toEqual(scripts.map(() => 'Low'));
	expect(styles.map(({ url }) => priorities.get(url))).toEqual(styles.map(() => 'VeryHigh'));
});
