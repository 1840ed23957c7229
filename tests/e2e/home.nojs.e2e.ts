import { expect, test } from '@playwright/test';
import { findPreset, presetScenario } from '../../src/lib/presets';
import { exactLine } from './support/expected';

/** The foster placements preset's present-value difference, from foster-placements.expected.json. */
const FOSTER_DIFFERENCE = '£12,550,956.14';
const FOSTER = 'Foster placements: in-house carers or an independent agency';

test.describe('the home page without JavaScript', () => {
	test('given scripts are off, it still shows the exact present-value difference', async ({
		page
	}) => {
		await page.goto('/');
		await expect(
			page.getByText(`Exactly ${FOSTER_DIFFERENCE} more.`, { exact: true })
		).toBeVisible();
	});

	test('the server-rendered HTML already holds the figure', async ({ request }) => {
		const response = await request.get('/');
		expect(await response.text()).toContain(FOSTER_DIFFERENCE);
	});

	test('a preset opens in the comparison with its exact figures, rendered by the server', async ({
		page
	}) => {
		await page.goto('/');
		await page.getByRole('link', { name: FOSTER, exact: true }).click();
		await expect(page).toHaveURL(/\/compare\?s=1\./);
		const preset = findPreset('foster-care');
		await expect(page.getByText(exactLine(presetScenario(preset!)), { exact: true })).toBeVisible();
	});

	test('where the figures come from is rendered by the server', async ({ page }) => {
		await page.goto('/sources');
		await expect(
			page.getByText(
				'For independent fostering agencies, the average weekly price for fostering was about £820 per week, with an average operating profit margin of 19%.'
			)
		).toBeVisible();
	});
});
