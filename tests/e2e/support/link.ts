import type { Page } from '@playwright/test';

/**
 * Waits until the page's address holds the comparison it shows: the address is rewritten once
 * typing pauses, and the page marks `<html data-link-pending>` from when a new scenario is
 * worked out until then. ("Updating the link…" is no guide: the share part that says it may
 * not be live yet, and a test that waited for it to go reloaded the old address.) Call it once
 * the page shows the new scenario, by its figures, its title or its address, since an edit
 * reaches the address only through them.
 */
export async function linkWritten(page: Page): Promise<void> {
	await page.waitForFunction(() => !document.documentElement.hasAttribute('data-link-pending'));
}
