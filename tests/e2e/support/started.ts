import type { Page } from '@playwright/test';

/**
 * Waits until the page's script has started (SvelteKit's client marks the history entry when
 * it has). A button pressed before then is a button of the server's page, with nothing behind
 * it yet: a reader can do that too, but a test of what the button does must wait.
 */
export async function scriptStarted(page: Page): Promise<void> {
	await page.waitForFunction(() => history.state?.['sveltekit:history'] !== undefined);
}
