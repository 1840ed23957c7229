import { expect, test, type Page } from '@playwright/test';
import { violations } from './support/axe';
import { linkWritten } from './support/link';
import { encodeScenario } from '../../src/lib/codec/url-codec';
import { findPreset, PRESETS, presetScenario } from '../../src/lib/presets';
import { DEFAULT_FRAME_HEIGHT } from '../../src/lib/share/embed';

/**
 * The shared link as its reader meets it (issue 13): on a phone (390 × 844, mobile emulation),
 * after Back and Forward, and in an embed.
 */

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** How far the page can scroll sideways, in CSS pixels: 0 when it fits the screen. */
async function sidewaysOverflow(page: Page): Promise<number> {
	return page.evaluate(() => {
		const root = document.scrollingElement ?? document.documentElement;
		return Math.max(0, root.scrollWidth - root.clientWidth);
	});
}

/** A preset's share link, as the gallery makes it. */
async function presetLink(id: string): Promise<string> {
	const preset = findPreset(id);
	if (!preset) throw new Error(`No preset ${id}`);
	return `?${new URLSearchParams({ s: await encodeScenario(presetScenario(preset)) })}`;
}

/** The line group of the editor named `line`, inside the option named `option`. */
function lineGroup(page: Page, option: string, line: string) {
	return page
		.getByRole('region', { name: new RegExp(`^${option}`) })
		.getByRole('group', { name: line, exact: true });
}

/** The agency's central weekly price in the foster-care preset. */
function agencyFee(page: Page) {
	return lineGroup(page, 'Independent fostering agency', 'Agency foster placements').getByRole(
		'textbox',
		{ name: /^Central/ }
	);
}

/** Opens a preset's share link, as a reader following it would. */
async function openPreset(page: Page, id: string): Promise<void> {
	await page.goto(`/compare${await presetLink(id)}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		findPreset(id)?.title ?? 'no such preset'
	);
}

// Mobile emulation and axe on a whole comparison are slow on a shared machine.
test.describe.configure({ timeout: 120_000 });

test.describe('on a phone, 390 px wide', () => {
	for (const preset of PRESETS) {
		test(`the ${preset.id} preset fits the screen, answers before the editor, and passes axe`, async ({
			page
		}) => {
			await openPreset(page, preset.id);
			// The charts have drawn at their own width before anything is measured.
			await expect(page.locator('canvas').first()).toBeVisible();
			expect(await sidewaysOverflow(page)).toBe(0);

			const headline = page
				.getByRole('status')
				.filter({ hasText: /^Over \d+ years?/ })
				.first();
			const editor = page.getByRole('region', { name: 'Inputs', exact: true });
			const headlineTop = (await headline.boundingBox())?.y ?? Infinity;
			const editorTop = (await editor.boundingBox())?.y ?? -Infinity;
			expect(headlineTop).toBeLessThan(editorTop);
			await expect(
				page.getByRole('link', { name: 'See every figure and how it was worked out' })
			).toBeVisible();

			expect(await violations(page)).toEqual([]);
		});
	}

	test('the printable report and the embed fit the screen and pass axe', async ({ page }) => {
		for (const path of ['/report', '/embed']) {
			await page.goto(`${path}${await presetLink('childrens-homes')}`);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			expect(await sidewaysOverflow(page), path).toBe(0);
			await expect(
				page.getByText(/^Parts of this result rest on weak evidence/).first()
			).toBeVisible();
			expect(await violations(page), path).toEqual([]);
		}
	});

	test('the embed fits 320 px, carries the weak-evidence warning and the range, and its default height fits a 640 px column', async ({
		page
	}) => {
		await page.setViewportSize({ width: 320, height: 700 });
		await page.goto(`/embed${await presetLink('childrens-homes')}`);
		expect(await sidewaysOverflow(page)).toBe(0);
		await expect(page.getByText(/^Parts of this result rest on weak evidence/)).toBeVisible();
		await expect(
			page.getByText(/anything from £8\.15 million less to £2\.89 million more/)
		).toBeVisible();

		await page.setViewportSize({ width: 640, height: 700 });
		for (const preset of PRESETS) {
			await page.goto(`/embed${await presetLink(preset.id)}`);
			const height = await page.evaluate(() => document.documentElement.scrollHeight);
			expect(height, preset.id).toBeLessThanOrEqual(DEFAULT_FRAME_HEIGHT);
		}
	});

	test('the gallery states the range where it crosses zero, and the weak-evidence warning', async ({
		page
	}) => {
		await page.goto('/');
		const card = page
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { name: "Children's homes", exact: false }) })
			.first();
		await expect(card).toContainText(
			"Council-run homes would cost between £8.15 million less and £2.89 million more over 5 years than private children's homes"
		);
		await expect(card).toContainText('Parts of this result rest on weak evidence');
	});
});

test.describe('Back and Forward', () => {
	test('return to the scenario the reader left, edits included, and keep it in the autosave', async ({
		page
	}) => {
		await openPreset(page, 'foster-care');
		const preset = page.url();
		await agencyFee(page).fill('840');
		await expect(page).not.toHaveURL(preset);
		await linkWritten(page);

		await page.getByRole('link', { name: 'Open the printable report' }).click();
		await expect(page).toHaveURL(/\/report\?s=1\./);
		await page.goBack();
		await expect(page).toHaveURL(/\/compare\?s=1\./);
		await expect(agencyFee(page)).toHaveValue('840');
		// Back restores the edits and the page rewrites its address: let it settle first.
		await linkWritten(page);

		await page.goForward();
		await expect(page).toHaveURL(/\/report\?s=1\./);
		await page.goBack();
		await expect(agencyFee(page)).toHaveValue('840');

		// The autosave is the edited scenario, not the one the address first opened.
		await page.goto('/compare');
		await expect(page.getByText(/restored from this browser/)).toBeVisible();
		await expect(agencyFee(page)).toHaveValue('840');
	});
});

test.describe('the editor', () => {
	test('refuses a comma that is not a thousands separator, and marks the result as stale', async ({
		page
	}) => {
		await openPreset(page, 'foster-care');
		await linkWritten(page);
		const link = page.getByRole('textbox', { name: 'Full link' });
		const before = await link.inputValue();

		await agencyFee(page).fill('£1,2');
		await expect(agencyFee(page)).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByText('Out of date')).toBeVisible();
		await expect(link).toHaveValue(before);

		await page.getByRole('link', { name: /^Correct “/ }).click();
		await expect(agencyFee(page)).toBeFocused();

		// Commas between thousands are fine: a high of £1,200 a week is above the central £825.
		await agencyFee(page).fill('825');
		const high = lineGroup(
			page,
			'Independent fostering agency',
			'Agency foster placements'
		).getByRole('textbox', { name: /^High/ });
		await high.fill('£1,200');
		await expect(high).not.toHaveAttribute('aria-invalid', 'true');
		await expect(agencyFee(page)).not.toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByText('Out of date')).toHaveCount(0);
	});

	test('marks a central value above its high as stale, next to the headline', async ({ page }) => {
		await openPreset(page, 'foster-care');
		await agencyFee(page).fill('900');
		const stale = page.getByRole('status').filter({ hasText: 'Out of date' });
		await expect(stale).toBeVisible();
		await expect(stale.getByRole('link')).toHaveAttribute('href', /^#f-options-1-lines-0-amount/);
	});

	test('can undo the removal of an option, from the keyboard', async ({ page }) => {
		await openPreset(page, 'foster-care');
		const option = page.getByRole('region', {
			name: /^Independent fostering agency at the market study's price/
		});
		await option
			.getByRole('button', { name: /^Remove/ })
			.first()
			.click();
		await expect(option).toHaveCount(0);
		const undo = page.getByRole('button', { name: 'Undo' });
		await expect(undo).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(option).toHaveCount(1);
	});

	test('starts from scratch blank, and asks for a first cost line', async ({ page }) => {
		await openPreset(page, 'foster-care');
		await linkWritten(page);
		await page.goto('/');
		await page.getByRole('link', { name: 'start a comparison from scratch' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('My comparison');
		await expect(page.getByText(/restored from this browser/)).toHaveCount(0);
		await expect(
			page.getByText(
				'No costs have been entered yet. Add a first cost line to an option to compare what each would cost.'
			)
		).toBeVisible();
		await expect(page.getByText('Exactly the same, to the penny.')).toHaveCount(0);
	});

	test('the working panel opens at its own top, and Esc closes it and returns focus', async ({
		page
	}) => {
		await openPreset(page, 'foster-care');
		const figure = page
			.getByRole('table', { name: /total cost of each option/i })
			.getByRole('button')
			.first();
		await figure.click();
		const panel = page.getByRole('region', { name: 'How this figure was worked out' });
		await expect(panel).toBeFocused();
		const top = await panel.evaluate((element) => element.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(100);
		expect(await sidewaysOverflow(page)).toBe(0);
		await page.keyboard.press('Escape');
		await expect(panel).toHaveCount(0);
		await expect(figure).toBeFocused();
	});
});
