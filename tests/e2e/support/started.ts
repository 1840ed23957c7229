import type { Page } from '@playwright/test';

/**
 * Waits until the page's script has hydrated it (the root layout marks `<html data-live>`). A
 * button pressed before then is a button of the server's page, with nothing behind it yet: a
 * reader can do that too, but a test of what the button does must wait. (SvelteKit marks the
 * history entry a task before it hydrates, so that mark is too early: a claim form submitted
 * in between went to the server.)
 */
export async function scriptStarted(page: Page): Promise<void> {
	await page.waitForFunction(() => document.documentElement.dataset.live !== undefined);
}
