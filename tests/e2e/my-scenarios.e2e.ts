import { expect, test, type Locator, type Page } from '@playwright/test';
import { fosterLinkParameter } from './support/expected';
import { scriptStarted } from './support/started';

const NAME = 'Foster placements: in-house carers or an independent agency';

/** The agency's central weekly price in the foster example's editor. */
function agencyFee(page: Page): Locator {
	return page
		.getByRole('region', { name: /^Independent fostering agency/ })
		.getByRole('group', { name: 'Agency foster placements', exact: true })
		.getByRole('textbox', { name: /^Central/ });
}

function saved(page: Page): Locator {
	return page.getByRole('list', { name: 'My scenarios' }).getByRole('listitem');
}

test('a comparison saved in this browser opens again as it was saved, is listed on a later visit, and can be renamed and deleted', async ({
	page
}) => {
	await page.goto(`/compare?s=${fosterLinkParameter()}`);
	await scriptStarted(page);
	const opened = await agencyFee(page).inputValue();

	await page.getByRole('button', { name: 'Save to My scenarios' }).click();
	await expect(page.getByRole('status').filter({ hasText: /^Saved “/ })).toHaveText(
		`Saved “${NAME}” to My scenarios.`
	);
	await expect(saved(page)).toHaveCount(1);
	await expect(saved(page)).toContainText(NAME);

	await agencyFee(page).fill('999');
	await saved(page)
		.getByRole('button', { name: `Open ${NAME}` })
		.click();
	await expect(page.getByRole('status').filter({ hasText: /^Opened “/ })).toHaveText(
		`Opened “${NAME}”.`
	);
	await expect(agencyFee(page)).toHaveValue(opened);

	await saved(page)
		.getByRole('button', { name: `Rename ${NAME}` })
		.click();
	await page.getByRole('textbox', { name: `New name for “${NAME}”` }).fill('Foster, as published');
	await page.getByRole('button', { name: 'Save name' }).click();
	await expect(page.getByRole('status').filter({ hasText: /^Renamed/ })).toHaveText(
		'Renamed it “Foster, as published”.'
	);
	await expect(saved(page)).toContainText('Foster, as published');

	// A page opened later lists what this browser holds, without a save first.
	await page.reload();
	await scriptStarted(page);
	await expect(saved(page)).toHaveCount(1);
	await expect(saved(page)).toContainText('Foster, as published');

	await saved(page).getByRole('button', { name: 'Delete Foster, as published' }).click();
	await expect(page.getByRole('status').filter({ hasText: /^Deleted “/ })).toHaveText(
		'Deleted “Foster, as published”.'
	);
	await expect(saved(page)).toHaveCount(0);
});
