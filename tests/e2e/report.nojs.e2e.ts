import { expect, test } from '@playwright/test';
import { encodeScenario } from '../../src/lib/codec/url-codec';
import { exactLine, exampleScenario } from './support/expected';

test.describe('the printable report without JavaScript', () => {
	test('renders its figures from the server and says how to print', async ({ page }) => {
		const scenario = exampleScenario('childrens-trust');
		await page.goto(`/report?s=${await encodeScenario(scenario)}`);
		await expect(page.getByText(exactLine(scenario), { exact: true })).toBeVisible();
		await expect(page.getByText(/use your browser's Print command/)).toBeVisible();
		await expect(page.getByRole('img', { name: /Line chart of the running total/ })).toBeVisible();
	});

	test('its unit choice works as a plain form', async ({ page }) => {
		await page.goto(`/report?s=${await encodeScenario(exampleScenario('insourcing'))}`);
		await page.getByRole('radio', { name: "Thousands (£'000)" }).check();
		await page.getByRole('button', { name: 'Show', exact: true }).click();
		await expect(page).toHaveURL(/[?&]unit=thousands/);
		await expect(page.getByRole('table', { name: /in thousands of pounds/ }).first()).toBeVisible();
	});
});
