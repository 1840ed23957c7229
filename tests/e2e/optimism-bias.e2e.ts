import { expect, test } from '@playwright/test';
import { examplePath, exampleScenario, importScenarioFile } from './support/expected';

test('optimism bias typed on the bought-in option raises the headline to the engine’s exact figure', async ({
	page
}) => {
	await page.goto('/compare');
	await importScenarioFile(page, examplePath('foster-placements'));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		exampleScenario('foster-placements').title
	);
	await expect(page.getByText('Exactly £12,550,956.14 more.', { exact: true })).toBeVisible();

	// Every option offers the same two boxes, side by side.
	for (const option of ['In-house foster carers', 'Independent fostering agency']) {
		const bias = page
			.getByRole('region', { name: new RegExp(`^${option}`) })
			.getByRole('group', { name: 'Optimism bias' });
		await expect(bias.getByRole('textbox', { name: /^On one-off costs/ })).toHaveValue('');
		await expect(bias.getByRole('textbox', { name: /^On ongoing costs/ })).toHaveValue('');
	}

	const agency = page
		.getByRole('region', { name: /^Independent fostering agency/ })
		.getByRole('group', { name: 'Optimism bias' });
	const ongoing = agency.getByRole('textbox', { name: /^On ongoing costs/ });
	await expect(ongoing).toHaveAttribute('inputmode', 'decimal');
	await ongoing.fill('10');

	// Worked out by the engine for the agency's lines raised by 10% (methodology §4a).
	await expect(page.getByText('Exactly £14,595,802.14 more.', { exact: true })).toBeVisible();

	// A rate out of bounds is named in the error summary and the last good figures stay.
	await ongoing.fill('250');
	const summary = page.getByRole('region', { name: 'There is a problem' });
	await expect(
		page.getByRole('link', {
			name: /^Independent fostering agency, optimism bias on ongoing costs: /
		})
	).toBeVisible();
	await expect(page.getByText('Exactly £14,595,802.14 more.', { exact: true })).toBeVisible();

	// Back to 0: the option carries no bias and the figures are version 1's again.
	await ongoing.fill('0');
	await expect(summary).toHaveCount(0);
	await expect(page.getByText('Exactly £12,550,956.14 more.', { exact: true })).toBeVisible();
});
