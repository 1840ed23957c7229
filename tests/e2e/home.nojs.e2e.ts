import { expect, test } from '@playwright/test';

/** The worked example's present-value difference, from foster-placements.expected.json. */
const FOSTER_DIFFERENCE = '£12,550,956.14';

test.describe('the home page without JavaScript', () => {
	test('given scripts are off, it still shows the exact present-value difference', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.getByText(FOSTER_DIFFERENCE, { exact: true })).toBeVisible();
	});

	test('the server-rendered HTML already holds the figure', async ({ request }) => {
		const response = await request.get('/');
		expect(await response.text()).toContain(FOSTER_DIFFERENCE);
	});
});
