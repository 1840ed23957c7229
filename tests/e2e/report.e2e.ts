import { expect, test } from '@playwright/test';
import { violations } from './support/axe';
import { editTitleThenClick, linkWritten } from './support/link';
import { encodeScenario } from '../../src/lib/codec/url-codec';
import {
	EXAMPLES,
	exactLine,
	exampleScenario,
	examplePath,
	fosterLinkParameter,
	importScenarioFile,
	type ExampleName
} from './support/expected';
import { scriptStarted } from './support/started';

/** The report's address for a worked example: the same `s` the comparison page's link carries. */
async function reportPath(name: ExampleName, query = ''): Promise<string> {
	return `/report?s=${await encodeScenario(exampleScenario(name))}${query}`;
}

/** The sections every report has, in order. */
const SECTIONS = [
	'Brief for the meeting',
	'Contents',
	'1. The result',
	'2. What changed from the original',
	'3. The options and their assumptions',
	'4. Results',
	'5. Charts',
	'6. Break-even and switching values',
	'7. Sensitivity',
	'8. How the headline figures were worked out',
	'9. Sources',
	'10. About this report'
];

/** The number of pages of a PDF, counted from its page objects. */
function pageCount(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

test.describe('the printable report', () => {
	for (const name of EXAMPLES) {
		test(`given the ${name} link, it shows every section with the exact headline figure and prints to an A4 PDF of several pages`, async ({
			page
		}) => {
			await page.goto(await reportPath(name));
			const scenario = exampleScenario(name);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(scenario.title);
			await expect(page.getByRole('heading', { level: 2 })).toHaveText(SECTIONS);
			await expect(page.getByText(exactLine(scenario), { exact: true })).toBeVisible();
			await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();

			// Printed from the same page load.
			await page.emulateMedia({ media: 'print' });
			await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
			await expect(page.getByRole('link', { name: 'Public cost comparator' })).toBeHidden();
			const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
			expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
			expect(pageCount(pdf)).toBeGreaterThan(1);
		});
	}

	test('the report has no accessibility violations (axe, WCAG 2.2 AA), and every section of the printed report keeps its heading and its figures', async ({
		page
	}) => {
		await page.goto(await reportPath('childrens-trust'));
		await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
		expect(await violations(page)).toEqual([]);

		await page.emulateMedia({ media: 'print' });
		for (const section of SECTIONS) {
			await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
		}
		await expect(page.getByRole('table', { name: /Cost of each option each year/ })).toHaveCount(3);
		await expect(page.getByRole('img', { name: /Tornado chart/ })).toBeVisible();
	});

	test('the unit parameter shows the year tables in thousands of pounds', async ({ page }) => {
		await page.goto(await reportPath('foster-placements', '&unit=thousands'));
		const table = page.getByRole('table', {
			name: "Cost of each option each year in present value, in thousands of pounds (£'000)",
			exact: true
		});
		await expect(table).toBeVisible();
		await expect(page.getByRole('radio', { name: "Thousands (£'000)" })).toBeChecked();
	});

	test('choosing a unit reloads the report in it, keeping the comparison', async ({ page }) => {
		await page.goto(await reportPath('insourcing'));
		await page.getByRole('radio', { name: 'Millions (£m)' }).check();
		await page.getByRole('button', { name: 'Show', exact: true }).click();
		await expect(page).toHaveURL(/[?&]unit=millions/);
		await expect(page.getByRole('table', { name: /in millions of pounds/ }).first()).toBeVisible();
		await expect(
			page.getByText(exactLine(exampleScenario('insourcing')), { exact: true })
		).toBeVisible();
	});

	test("a unit chosen before the page's script runs stays chosen, and each unit shown is the one checked", async ({
		page
	}) => {
		// The page's scripts held back until the unit is chosen on the server's page.
		let release = (): void => {};
		const released = new Promise<void>((resolve) => (release = resolve));
		await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
			await released;
			await route.continue();
		});
		await page.goto(await reportPath('insourcing'));
		await page.getByRole('radio', { name: 'Millions (£m)' }).check();
		release();
		await scriptStarted(page);
		await expect(page.getByRole('radio', { name: 'Millions (£m)' })).toBeChecked();
		await page.getByRole('button', { name: 'Show', exact: true }).click();
		await expect(page).toHaveURL(/[?&]unit=millions/);
		await expect(page.getByRole('table', { name: /in millions of pounds/ }).first()).toBeVisible();
		await expect(page.getByRole('radio', { name: 'Millions (£m)' })).toBeChecked();

		await page.goBack();
		await expect(page).not.toHaveURL(/[?&]unit=/);
		await expect(page.getByRole('radio', { name: /^Pounds and pence/ })).toBeChecked();
		await expect(page.getByRole('radio', { name: 'Millions (£m)' })).not.toBeChecked();
	});

	test('the report links back to the live comparison with the same link', async ({ page }) => {
		const path = await reportPath('insourcing');
		await page.goto(path);
		const live = page.getByRole('link', { name: 'Open the live comparison' });
		await expect(live).toHaveAttribute('href', new RegExp(`/compare\\?s=${path.split('s=')[1]}$`));
		await live.click();
		await expect(
			page.getByText(exactLine(exampleScenario('insourcing')), { exact: true })
		).toBeVisible();
	});

	test('the comparison page opens the report of what it shows', async ({ page }) => {
		await page.goto('/compare');
		const report = page.getByRole('link', { name: 'Open the printable report' });
		const blank = await report.getAttribute('href');
		await importScenarioFile(page, examplePath('foster-placements'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			exampleScenario('foster-placements').title
		);
		// The link is written a moment after the import (it is compressed off the main path):
		// until then it still leads to the blank comparison.
		await expect(report).not.toHaveAttribute('href', blank ?? '');
		await linkWritten(page);
		await report.click();
		await expect(page).toHaveURL(/\/report\?s=1\./);
		await expect(
			page.getByText(exactLine(exampleScenario('foster-placements')), { exact: true })
		).toBeVisible();
	});

	test('the report link followed straight after an edit opens the comparison as edited, not as it was', async ({
		page
	}) => {
		await page.goto(`/compare?s=${fosterLinkParameter()}`);
		await scriptStarted(page);
		const downloads = page.getByRole('region', { name: 'Download or print the results' });
		await downloads.scrollIntoViewIfNeeded();
		// The downloads part is live once its buttons are drawn (they need its script).
		await expect(downloads.getByRole('button', { name: /^Download the figures/ })).toBeVisible();

		const pendingAtClick = await editTitleThenClick(
			page,
			'Foster placements, edited',
			'Open the printable report'
		);
		expect(pendingAtClick).toBe(true);

		await expect(page).toHaveURL(/\/report\?s=1\./);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Foster placements, edited');
	});

	test('a broken link explains itself', async ({ page }) => {
		await page.goto('/report?s=1.not-a-real-link');
		await expect(page.getByRole('alert')).toContainText('This link could not be opened');
		await expect(page.getByRole('link', { name: 'Go to the comparison page' })).toBeVisible();
	});
});
