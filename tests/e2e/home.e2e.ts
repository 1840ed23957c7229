import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** The foster placements preset's present-value difference, from foster-placements.expected.json. */
const FOSTER_DIFFERENCE = '£12,550,956.14';
const FOSTER = 'Foster placements: in-house carers or an independent agency';

test.describe('the home page', () => {
	test('says what the product is and who it is for', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Does it cost the public more to run a service in-house or to buy it in?'
		);
		await expect(
			page.getByText(/campaigners, journalists and budget scrutiny committees/)
		).toBeVisible();
	});

	test('given the foster placements preset, it shows the exact present-value difference', async ({
		page
	}) => {
		await page.goto('/');
		await expect(
			page.getByText(`Exactly ${FOSTER_DIFFERENCE} more.`, { exact: true })
		).toBeVisible();
	});

	test('it shows the difference in words beside it', async ({ page }) => {
		await page.goto('/');
		const card = page
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { name: FOSTER }) });
		await expect(card).toContainText(
			"An independent fostering agency would cost £12.6 million more over 5 years than in-house foster carers, in today's money (present value)."
		);
	});

	test('it links to where the figures come from', async ({ page }) => {
		await page.goto('/');
		await page
			.getByRole('main')
			.getByRole('link', { name: 'where these figures come from' })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Where these figures come from'
		);
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
