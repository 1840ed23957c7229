import { expect, test } from '@playwright/test';
import { encodeScenario } from '../../src/lib/codec/url-codec';
import { analyse, toResultsDocument } from '../../src/lib/engine';
import { buildHeadlines } from '../../src/lib/results/headline';
import { exactLine, exampleScenario } from './support/expected';

/** The embed and the link preview come from the server: nothing here runs a script. */

test('the embed shows its headline, chart and sources without JavaScript', async ({ page }) => {
	const scenario = exampleScenario('foster-placements');
	const link = await encodeScenario(scenario);
	await page.goto(`/embed?s=${link}`);
	await expect(page.getByText(exactLine(scenario), { exact: true })).toBeVisible();
	await expect(page.getByRole('img', { name: /running total cost/ })).toHaveAccessibleName(
		/In-house foster carers £7,897,503\.86; Independent fostering agency £20,448,460\.00/
	);
	await expect(
		page.getByText('Sources: Community Care (anecdotal); scenario assumptions')
	).toBeVisible();
	await expect(page.getByRole('link', { name: /open the full comparison/i })).toHaveAttribute(
		'href',
		`/compare?s=${link}`
	);
});

test('the embed has no header or footer of the site around it', async ({ page }) => {
	await page.goto(`/embed?s=${await encodeScenario(exampleScenario('insourcing'))}`);
	await expect(page.getByRole('banner')).toHaveCount(0);
	await expect(page.getByRole('main')).toHaveCount(1);
});

test('a shared link unfurls from the server: its meta tags carry the headline', async ({
	page
}) => {
	const scenario = exampleScenario('childrens-trust');
	const analysis = analyse(scenario);
	const headline = buildHeadlines(analysis, toResultsDocument(analysis))[0].text;
	await page.goto(`/compare?s=${await encodeScenario(scenario)}`);
	await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
		'content',
		headline
	);
	await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
		'content',
		'summary_large_image'
	);
});

test('the Embed button opens its dialog without JavaScript, where the browser can', async ({
	page
}) => {
	await page.goto(`/compare?s=${await encodeScenario(exampleScenario('foster-placements'))}`);
	await page.getByRole('button', { name: 'Embed this comparison' }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this comparison' });
	await expect(dialog.getByRole('textbox', { name: 'Code for the frame' })).toHaveValue(
		/^<iframe src="[^"]*\/embed\?s=1\./
	);
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();
});

test('an embed may be kept by shared caches for a few minutes', async ({ page }) => {
	const response = await page.goto(
		`/embed?s=${await encodeScenario(exampleScenario('foster-placements'))}`
	);
	expect(response?.headers()['cache-control']).toBe('public, max-age=300');
});
