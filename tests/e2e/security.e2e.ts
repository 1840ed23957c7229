import { expect, test, type Frame, type Page } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveElsewhere } from './support/elsewhere';
import { fosterLinkParameter } from './support/expected';
import { scriptStarted } from './support/started';

/**
 * The security headers and the content security policy, in Chromium against the production
 * server: every page carries them, hydrates under them with no violation reported, and only
 * the embed can be framed by another site.
 */

const ROUTES = fileURLToPath(new URL('../../src/routes', import.meta.url));

/** Pages that read a share link get one, so they render a whole comparison. */
const READS_A_LINK = new Set(['/compare', '/embed', '/report']);

/** Every page of the app: each folder of src/routes with a +page.svelte and no parameters. */
function pages(folder = ROUTES, path = ''): string[] {
	const found = existsSync(`${folder}/+page.svelte`) ? [path === '' ? '/' : path] : [];
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		if (!entry.isDirectory() || /[[\]]/.test(entry.name)) continue;
		// A (group) folder adds nothing to the address.
		const segment = /^\(.+\)$/.test(entry.name) ? '' : `/${entry.name}`;
		found.push(...pages(`${folder}/${entry.name}`, `${path}${segment}`));
	}
	return found;
}

const PAGES = pages().sort();

function addressOf(path: string): string {
	return READS_A_LINK.has(path) ? `${path}?s=${fosterLinkParameter()}` : path;
}

/** The directives of a Content-Security-Policy header, by name. */
function directives(policy: string): Map<string, string> {
	return new Map(
		policy
			.split(';')
			.map((part) => part.trim())
			.filter((part) => part !== '')
			.map((part) => {
				const [name, ...values] = part.split(/\s+/);
				return [name.toLowerCase(), values.join(' ')] as const;
			})
	);
}

/** Starts recording CSP violations, page errors and console errors, before any script runs. */
async function watch(page: Page): Promise<() => Promise<string[]>> {
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __violations: string[] }).__violations = seen;
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
		});
	});
	return async () => [
		...problems,
		...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations))
	];
}

test.describe('security headers', () => {
	test('the page list covers the app', () => {
		expect(PAGES).toEqual(expect.arrayContaining(['/', '/api', '/compare', '/methodology']));
	});

	for (const path of PAGES) {
		test(`${path} carries the policy and the headers`, async ({ request }) => {
			const response = await request.get(addressOf(path));
			expect(response.status()).toBe(200);
			const headers = response.headers();
			const policy = directives(headers['content-security-policy'] ?? '');
			expect(policy.get('default-src')).toBe("'self'");
			expect(policy.get('script-src')).not.toMatch(/unsafe-inline|unsafe-eval/);
			expect(policy.get('object-src')).toBe("'none'");
			expect(policy.get('base-uri')).toBe("'none'");
			expect(headers).toMatchObject({
				'x-content-type-options': 'nosniff',
				'referrer-policy': 'strict-origin',
				'cross-origin-opener-policy': 'same-origin'
			});
			if (path === '/embed') {
				expect(policy.has('frame-ancestors')).toBe(false);
				expect(headers['x-frame-options']).toBeUndefined();
			} else {
				expect(policy.get('frame-ancestors')).toBe("'none'");
				expect(headers['x-frame-options']).toBe('DENY');
			}
		});
	}
});

test.describe('the content security policy in Chromium', () => {
	for (const path of PAGES) {
		test(`${path} hydrates with no violation or error reported`, async ({ page }) => {
			const problems = await watch(page);
			const response = await page.goto(addressOf(path));
			expect(response?.status()).toBe(200);
			await scriptStarted(page);
			await page.waitForLoadState('networkidle');
			expect(await problems()).toEqual([]);
		});
	}

	test('a request from a share link page says only which site it came from', async ({
		page,
		baseURL
	}) => {
		await page.goto(addressOf('/compare'));
		const sent = page.waitForRequest('**/healthz');
		await page.evaluate(() => fetch('/healthz'));
		expect((await sent).headers()['referer']).toBe(`${baseURL}/`);
	});
});

test.describe('framing', () => {
	/** Opens a page on another site that frames `address` of this one, and gives the frame. */
	async function frameFromElsewhere(page: Page, address: string): Promise<Frame> {
		const elsewhere = await serveElsewhere(
			`<!doctype html><title>A news site</title><iframe src="${address}" title="Comparison"></iframe>`
		);
		try {
			await page.goto(elsewhere.origin);
			const frame = page.frames().find((each) => each !== page.mainFrame());
			if (frame === undefined) throw new Error('no frame');
			await frame.waitForLoadState();
			return frame;
		} finally {
			await elsewhere.close();
		}
	}

	test('another site can frame the embed', async ({ page, baseURL }) => {
		const frame = await frameFromElsewhere(page, `${baseURL}${addressOf('/embed')}`);
		expect(frame.url()).toBe(`${baseURL}${addressOf('/embed')}`);
		expect(await frame.evaluate(() => document.body.textContent?.trim().length)).toBeGreaterThan(0);
	});

	for (const path of PAGES.filter((each) => each !== '/embed')) {
		test(`another site cannot frame ${path}`, async ({ page, baseURL }) => {
			const frame = await frameFromElsewhere(page, `${baseURL}${addressOf(path)}`);
			// Chromium replaces a refused frame with its own error page.
			expect(frame.url()).toMatch(/^chrome-error:/);
		});
	}
});
