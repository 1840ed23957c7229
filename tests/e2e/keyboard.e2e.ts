import { expect, test, type Locator, type Page } from '@playwright/test';
import { blankScenario, currentFinancialYear } from '../../src/lib/state/blank';
import type { Line, Scenario } from '../../src/lib/engine/types';
import { exactLine } from './support/expected';

/** Presses Tab until `target` has focus: the way a keyboard user gets there. */
async function tabTo(page: Page, target: Locator): Promise<void> {
	for (let presses = 0; presses < 400; presses++) {
		if (await target.evaluate((element) => element === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error('could not reach the control with Tab');
}

function placements(amount: string): Line {
	const fixed = (value: string) => ({ low: value, central: value, high: value });
	return {
		id: 'line',
		kind: 'recurring',
		label: 'Placements',
		sources: [],
		amount: fixed(amount),
		per: 'week',
		quantity: fixed('100'),
		quantityGrowthPercent: fixed('0')
	};
}

test('a two-option comparison can be built from a blank page with the keyboard alone', async ({
	page
}) => {
	await page.goto('/compare');
	for (const [option, amount] of [
		['In-house', '325'],
		['Bought in', '825']
	] as const) {
		const region = page.getByRole('region', { name: new RegExp(`^${option}`) });
		await tabTo(page, region.getByRole('button', { name: `Add a cost line to ${option}` }));
		await page.keyboard.press('Enter');
		// Adding a line takes focus to its name.
		await page.keyboard.press('Control+A');
		await page.keyboard.type('Placements');
		const line = region.getByRole('group', { name: 'Placements', exact: true });
		await tabTo(page, line.getByRole('textbox', { name: /^Price per week/ }));
		await page.keyboard.press('Control+A');
		await page.keyboard.type(`£${amount}`);
		await tabTo(page, line.getByRole('textbox', { name: /^Quantity(?! growth)/ }));
		await page.keyboard.press('Control+A');
		await page.keyboard.type('100');
	}

	const expected: Scenario = blankScenario(currentFinancialYear(new Date()));
	expected.options[0].lines.push(placements('325'));
	expected.options[1].lines.push(placements('825'));
	await expect(page.getByText(exactLine(expected), { exact: true })).toBeVisible();
});
