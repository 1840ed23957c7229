import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { examplePath, exactLine, exampleScenario } from './support/expected';

/** Issue 14, without JavaScript: a short link's page comes from the server, figures and links. */

test('a short link shows its exact figures and both links without JavaScript', async ({
	page,
	request
}) => {
	const document = JSON.parse(readFileSync(examplePath('insourcing'), 'utf8'));
	const response = await request.post('/api/v1/links', { data: document });
	const { id, url } = await response.json();
	await page.goto(`/s/${id}`);
	await expect(
		page.getByText(exactLine(exampleScenario('insourcing')), { exact: true })
	).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Short link' })).toHaveValue(url);
	await expect(page.getByRole('textbox', { name: 'Full link' })).toHaveValue(/\/compare\?s=1\./);
});
