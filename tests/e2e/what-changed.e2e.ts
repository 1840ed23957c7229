import { expect, test, type Locator, type Page } from '@playwright/test';
import { findPreset } from '../../src/lib/presets';
import { examplePath, fosterLinkParameter, importScenarioFile } from './support/expected';

const FOSTER = findPreset('foster-care')!.title;
/** How many inputs of the foster example differ from the foster preset's. */
const EXAMPLE_CHANGES = 15;

function whatChanged(page: Page): Locator {
	return page.getByRole('region', { name: 'What changed' });
}

/** The first central figure in the editor: £325 a week in the foster preset and example, between £300 and £350. */
function firstCentral(page: Page): Locator {
	return page
		.locator('#inputs')
		.getByRole('textbox', { name: /^Central/ })
		.first();
}

test("a preset's own link is held against the preset, named by the server's page", async ({
	page
}) => {
	await page.goto('/');
	const link = page.getByRole('link', { name: FOSTER, exact: true });
	const html = await (await page.request.get((await link.getAttribute('href'))!)).text();
	expect(html).toContain(`Nothing has changed from the preset “${FOSTER}”.`);

	await link.click();
	await expect(page).toHaveURL(/\/compare\?s=1\./);
	await expect(whatChanged(page)).toContainText(`Nothing has changed from the preset “${FOSTER}”`);
	await expect(whatChanged(page).getByRole('group', { name: 'Compare with' })).toHaveCount(0);

	await firstCentral(page).fill('330');
	await expect(whatChanged(page)).toContainText(`1 input differs from the preset “${FOSTER}”`);
});

test('a link that changed its preset can be held against either', async ({ page }) => {
	await page.goto(`/compare?s=${fosterLinkParameter()}`);
	const against = whatChanged(page).getByRole('group', { name: 'Compare with' });
	await expect(whatChanged(page)).toContainText(
		`${EXAMPLE_CHANGES} inputs differ from the preset “${FOSTER}”`
	);
	await against.getByRole('radio', { name: 'the link you opened' }).check();
	await expect(whatChanged(page)).toContainText('Nothing has changed from the link you opened');

	await firstCentral(page).fill('330');
	await expect(whatChanged(page)).toContainText('1 input differs from the link you opened');
});

test('a file opened on the page is held against the preset it started from, found in the browser', async ({
	page
}) => {
	await page.goto('/compare');
	await expect(whatChanged(page)).toContainText(
		'Nothing has changed from the comparison as it was opened'
	);
	await importScenarioFile(page, examplePath('foster-placements'));
	await expect(page.getByRole('status').filter({ hasText: /^Imported/ })).toBeVisible();
	await expect(whatChanged(page)).toContainText(
		`${EXAMPLE_CHANGES} inputs differ from the preset “${FOSTER}”`
	);
	await expect(whatChanged(page).getByRole('group', { name: 'Compare with' })).toHaveCount(0);
});
