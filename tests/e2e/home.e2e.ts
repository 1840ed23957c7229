import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** The worked example's present-value difference, from foster-placements.expected.json. */
const FOSTER_DIFFERENCE = '£12,550,956.14';

test.describe('the home page', () => {
	test('given the worked example, it shows the exact present-value difference', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.getByText(FOSTER_DIFFERENCE, { exact: true })).toBeVisible();
	});

	test('it shows each option’s totals in a table', async ({ page }) => {
		await page.goto('/');
		const table = page.getByRole('table', { name: /total cost of each option/i });
		const agency = table.getByRole('row', { name: /independent fostering agency/i });
		await expect(agency.getByRole('cell')).toHaveText([
			'£22,771,838.93',
			'£21,879,000.00',
			'£20,448,460.00'
		]);
	});

	test('it loads and hydrates without errors, including CSP violations', async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		await page.goto('/');
		await page.waitForLoadState('networkidle');
		expect(errors).toEqual([]);
	});

	test('it has no WCAG 2.2 AA violations that axe can find', async ({ page }) => {
		await page.goto('/');
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});
});
