import { expect, test } from '@playwright/test';
import { violations } from './support/axe';
import {
	EXAMPLES,
	examplePath,
	exactLine,
	exampleScenario,
	importScenarioFile
} from './support/expected';

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
	test('the methodology page has no violations', async ({ page }) => {
		await page.goto('/methodology');
		expect(await violations(page)).toEqual([]);
	});

	for (const name of EXAMPLES) {
		// Also the comparison page's own check of an imported file's headline (compare.e2e.ts),
		// so that each example is loaded and imported once.
		test(`given the ${name} example imported as a file, the comparison page shows its exact present-value difference and has no violations`, async ({
			page
		}) => {
			await page.goto('/compare');
			await importScenarioFile(page, examplePath(name));
			await expect(page.getByRole('status').filter({ hasText: /^Imported/ })).toBeVisible();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(exampleScenario(name).title);
			await expect(page.getByText(exactLine(exampleScenario(name)), { exact: true })).toBeVisible();
			expect(await violations(page)).toEqual([]);
		});
	}

	test('the comparison page with errors showing has no violations', async ({ page }) => {
		await page.goto('/compare');
		await importScenarioFile(page, examplePath('foster-placements'));
		// Imported first: a file read after the edit would replace it.
		await expect(page.getByRole('status').filter({ hasText: /^Imported/ })).toBeVisible();
		await page.getByRole('textbox', { name: /^Number of years/ }).fill('0');
		await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
		expect(await violations(page)).toEqual([]);
	});

	test('a broken link’s message has no violations', async ({ page }) => {
		await page.goto('/compare?s=1.not-a-real-link');
		await expect(
			page.getByRole('heading', { name: 'This link could not be opened' })
		).toBeVisible();
		expect(await violations(page)).toEqual([]);
	});
});
