import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { examplePath, exampleScenario, importScenarioFile, results } from './support/expected';
import { formatPounds } from '../../src/lib/format/money';

/** What the canvas shows: the SHA-256 of its PNG, in hex (short enough to read in a failure). */
function pixels(canvas: Locator): Promise<string> {
	return canvas.evaluate(async (element) => {
		const png = new TextEncoder().encode((element as HTMLCanvasElement).toDataURL());
		const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', png));
		return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
	});
}

/** Scrolls `canvas` into view and waits for chart.js to have drawn on it. */
async function drawn(canvas: Locator): Promise<string> {
	const blank = await pixels(canvas);
	await canvas.scrollIntoViewIfNeeded();
	await expect.poll(() => pixels(canvas)).not.toBe(blank);
	return pixels(canvas);
}

/** Opens the foster example on the comparison page, imported as a file. */
async function openFoster(page: Page): Promise<void> {
	await page.goto('/compare');
	await importScenarioFile(page, examplePath('foster-placements'));
	await expect(page.getByRole('status').filter({ hasText: /^Imported/ })).toBeVisible();
}

/** The agency's central weekly price in the foster example's editor. */
function agencyPrice(page: Page): Locator {
	return page
		.getByRole('region', { name: /^Independent fostering agency/ })
		.getByRole('group', { name: 'Agency foster placements', exact: true })
		.getByRole('textbox', { name: /^Central/ });
}

/**
 * The engine's results for the foster example with the agency's central price at £830, once
 * the summary table (given the figures in the same update as the charts) shows them.
 */
async function editedResults(page: Page): Promise<ReturnType<typeof results>> {
	const edited = exampleScenario('foster-placements');
	const agency = edited.options[1].lines[0];
	if (agency.kind !== 'recurring') throw new Error('fixture changed');
	agency.amount = { ...agency.amount, central: '830' };
	const expected = results(edited);
	const summary = page.getByRole('table', { name: /total cost of each option/i });
	await expect(summary).toContainText(formatPounds(expected.options[1].total.cash));
	return expected;
}

test('a chart scrolled past is not redrawn while the reader types, and shows the new figures when it comes back', async ({
	page
}) => {
	await openFoster(page);
	const canvas = page.locator('canvas').first();
	const before = await drawn(canvas);

	await agencyPrice(page).scrollIntoViewIfNeeded();
	await expect(canvas).not.toBeInViewport({ ratio: 0 });
	await agencyPrice(page).fill('830');
	await editedResults(page);
	const handle = await canvas.elementHandle();
	expect(await pixels(canvas)).toBe(before);

	await canvas.scrollIntoViewIfNeeded();
	await expect.poll(() => pixels(canvas)).not.toBe(before);
	// Updated in place: the same canvas, not a new chart.
	expect(await handle?.evaluate((element) => element.isConnected)).toBe(true);
	expect(await canvas.evaluate((element, same) => element === same, handle)).toBe(true);
});

test("a chart's figures downloaded after an edit are the new figures, though the file was made before it", async ({
	page
}) => {
	await openFoster(page);
	const chart = page.getByRole('region', {
		name: /costs more than in-house foster carers throughout/
	});
	await drawn(chart.locator('canvas'));
	const csvLink = chart.getByRole('link', { name: 'Download these figures (CSV)' });
	const madeBefore = await csvLink.getAttribute('href');

	await agencyPrice(page).fill('830');
	const expected = await editedResults(page);
	// Nothing is made again while the reader types.
	expect(await csvLink.getAttribute('href')).toBe(madeBefore);

	const [saved] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
	const csv = (await readFile(await saved.path(), 'utf8')).trim().split('\r\n');
	// The cumulative chart's last year is each option's total, in present value.
	expect(csv.at(-1)?.split(',').slice(1)).toStrictEqual(
		expected.options.map((option) => option.total.presentValue)
	);
});
