import { expect, test } from '@playwright/test';
import { exactLine, exampleScenario, fosterLinkParameter } from './support/expected';

test('a share link shows its exact figures without JavaScript, rendered by the server', async ({
	page
}) => {
	await page.goto(`/compare?s=${fosterLinkParameter()}`);
	const expected = exactLine(exampleScenario('foster-placements'));
	await expect(page.getByText(expected, { exact: true })).toBeVisible();
	await expect(page.getByRole('table', { name: /total cost of each option/i })).toContainText(
		'£20,448,460.00'
	);
});

test('a broken link explains itself without JavaScript', async ({ page }) => {
	await page.goto('/compare?s=2.from-the-future');
	await expect(page.getByRole('heading', { name: 'This link could not be opened' })).toBeVisible();
});
