import { expect, test } from '@playwright/test';
import { violations } from './support/axe';

/** The foster placements preset's present-value difference, from foster-placements.expected.json. */
const FOSTER_DIFFERENCE = '£12,550,956.14';
const FOSTER = 'Foster placements: in-house carers or an independent agency';

test.describe('the home page', () => {
	// One page load for every check of what the home page shows; the last follows a link away.
	// The gallery's axe scan of this page (presets.e2e.ts) is this one.
	test('says what the product is and who it is for, shows the foster preset’s exact difference and its words, loads and hydrates without errors (CSP included), has no WCAG 2.2 AA violations, and links to where the figures come from', async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Does it cost the public more to run a service in-house or to buy it in?'
		);
		await expect(
			page.getByText(/campaigners, journalists and budget scrutiny committees/)
		).toBeVisible();

		await expect(
			page.getByText(`Exactly ${FOSTER_DIFFERENCE} more.`, { exact: true })
		).toBeVisible();
		const card = page
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { name: FOSTER }) });
		await expect(card).toContainText(
			"An independent fostering agency would cost £12.6 million more over 5 years than in-house foster carers, in today's money (present value)."
		);

		await page.waitForLoadState('networkidle');
		expect(errors).toEqual([]);

		expect(await violations(page)).toEqual([]);

		await page
			.getByRole('main')
			.getByRole('link', { name: 'where these figures come from' })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Where these figures come from'
		);
	});
});
