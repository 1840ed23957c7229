import { expect, test, type Page } from '@playwright/test';
import {
	EXAMPLES,
	examplePath,
	exactLine,
	exampleScenario,
	results,
	importScenarioFile
} from './support/expected';
import { linkWritten } from './support/link';
import { formatPounds } from '../../src/lib/format/money';

async function importExample(page: Page, name: (typeof EXAMPLES)[number]): Promise<void> {
	await page.goto('/compare');
	await importScenarioFile(page, examplePath(name));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(exampleScenario(name).title);
}

/** The line group of the editor named `line`, inside the option named `option`. */
function lineGroup(page: Page, option: string, line: string) {
	return page
		.getByRole('region', { name: new RegExp(`^${option}`) })
		.getByRole('group', { name: line, exact: true });
}

test.describe('the comparison page', () => {
	// Each worked example imported as a file shows its exact present-value difference: checked
	// with the page's axe scan in a11y.e2e.ts, which loads and imports each one once.

	test('when an amount is edited, every affected figure and the link follow the engine', async ({
		page
	}) => {
		await importExample(page, 'foster-placements');
		const price = lineGroup(page, 'Independent fostering agency', 'Agency foster placements');
		await price.getByRole('textbox', { name: /^Central/ }).fill('£830');

		const edited = exampleScenario('foster-placements');
		const agencyLine = edited.options[1].lines[0];
		if (agencyLine.kind !== 'recurring') throw new Error('fixture changed');
		agencyLine.amount = { ...agencyLine.amount, central: '830' };
		const expected = results(edited);

		await expect(page.getByText(exactLine(edited), { exact: true })).toBeVisible();
		const summary = page.getByRole('table', { name: /total cost of each option/i });
		await expect(summary).toContainText(formatPounds(expected.options[1].total.presentValue));
		await expect(summary).toContainText(formatPounds(expected.options[1].total.cash));

		// The address follows once typing pauses, and a reload gives the same figures.
		await expect(page).toHaveURL(/\?s=1\./);
		await linkWritten(page);
		await page.reload();
		await expect(page.getByText(exactLine(edited), { exact: true })).toBeVisible();
	});

	test('a share link opened in a fresh browser gives the same figures', async ({
		page,
		browser
	}) => {
		await importExample(page, 'childrens-trust');
		await linkWritten(page);
		const link = await page.getByRole('textbox', { name: 'Full link' }).inputValue();
		expect(link).toContain('/compare?s=1.');

		const stranger = await browser.newContext();
		const strangerPage = await stranger.newPage();
		await strangerPage.goto(link);
		const expected = exactLine(exampleScenario('childrens-trust'));
		await expect(strangerPage.getByText(expected, { exact: true })).toBeVisible();
		await stranger.close();
	});

	test('a corrupted link explains itself and offers the last autosaved comparison', async ({
		page
	}) => {
		await importExample(page, 'insourcing');
		await linkWritten(page);
		const link = await page.getByRole('textbox', { name: 'Full link' }).inputValue();

		await page.goto(link.slice(0, link.length - 25) + 'garbage!');
		const alert = page.getByRole('alert').filter({ hasText: 'This link could not be opened' });
		await expect(alert).toBeVisible();
		await alert.getByRole('button', { name: /Open your last autosaved comparison/ }).click();
		await expect(
			page.getByText(exactLine(exampleScenario('insourcing')), { exact: true })
		).toBeVisible();
		await expect(alert).toHaveCount(0);
	});

	test('a correction in progress keeps the last results and shows where the problem is', async ({
		page
	}) => {
		await importExample(page, 'foster-placements');
		const price = lineGroup(page, 'In-house foster carers', 'Foster placements');
		await price.getByRole('textbox', { name: /^Central/ }).fill('3x5');
		await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
		await expect(
			page.getByText(exactLine(exampleScenario('foster-placements')), { exact: true })
		).toBeVisible();
		await expect(page.getByText(/These results are for the last inputs/)).toBeVisible();
		await page
			.getByRole('link', { name: /Foster placements/ })
			.first()
			.click();
		await expect(price.getByRole('textbox', { name: /^Central/ })).toBeFocused();
	});

	test('every figure opens to its working', async ({ page }) => {
		await importExample(page, 'foster-placements');
		await page
			.getByRole('button', { name: '£1,632,850.24 — show how this was worked out' })
			.first()
			.click();
		const panel = page.getByRole('region', { name: 'How this figure was worked out' });
		await expect(panel).toBeFocused();
		await expect(panel).toContainText('In-house foster carers, 2027-28: present value');

		// The option's year is made of its lines; a line's figure opens its own working.
		await panel
			.getByRole('button', { name: '£1,632,850.24 — show how this was worked out' })
			.first()
			.click();
		await expect(panel).toContainText(
			'£325 a week × 52 weeks × 100 × 1.02¹ (uplift) = £1,723,800.00'
		);
		await panel.getByRole('button', { name: 'Close the working' }).click();
		await expect(panel).toHaveCount(0);
	});
});
