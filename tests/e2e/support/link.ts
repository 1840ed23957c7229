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

/**
 * Puts `title` in the comparison's title box and clicks the link or button named `name` as
 * soon as the page has worked the edit out (its worker answers within milliseconds): well
 * inside the 300 ms the address waits for typing to pause, so the click finds the link still
 * behind the edit, as a quick reader's would. Returns whether it did; a test should check.
 */
export async function editTitleThenClick(
	page: Page,
	title: string,
	name: string
): Promise<boolean> {
	return page.evaluate(
		async ([title, name]) => {
			const box = document.querySelector<HTMLInputElement>('#f-title');
			const target = [...document.querySelectorAll<HTMLElement>('a, button')].find(
				(element) => element.textContent?.trim() === name
			);
			if (!box || !target) throw new Error(`no title box, or nothing named "${name}"`);
			box.value = title;
			box.dispatchEvent(new Event('input', { bubbles: true }));
			const root = document.documentElement;
			for (let wait = 0; wait < 2000 && !root.hasAttribute('data-link-pending'); wait++) {
				await new Promise((resolve) => setTimeout(resolve, 1));
			}
			const pending = root.hasAttribute('data-link-pending');
			target.click();
			return pending;
		},
		[title, name]
	);
}
