import { expect, test } from '@playwright/test';
import { violations } from './support/axe';
import { scriptStarted } from './support/started';
import { linkWritten } from './support/link';
import { encodeScenario } from '../../src/lib/codec/url-codec';
import { findPreset, presetScenario } from '../../src/lib/presets';

const FOSTER = presetScenario(findPreset('foster-care')!);

async function fosterPage(): Promise<string> {
	return `/compare?s=${await encodeScenario(FOSTER)}`;
}

test.describe('check a claim', () => {
	test('given the foster preset, its consultancy claim shows its verdict and what would have to change', async ({
		page
	}) => {
		await page.goto(await fosterPage());
		const panel = page.getByRole('region', { name: 'Check a claim' });
		const claim = panel.getByRole('article', {
			name: /^Claim: each council provided foster placement/
		});
		await expect(claim).toContainText('IMPOWER: Fostering Futures Launched Today (2014)');
		await expect(claim.getByRole('definition')).toHaveText([
			'Independent fostering agency against In-house foster carers',
			'Cash, one year (2026-27)',
			'£1,700,000.00 more',
			'£2,685,800.00 more',
			'£2,381,600.00 more to £3,036,800.00 more'
		]);
		await expect(claim).toContainText(
			'Below the range. The figures put the difference at £2.69 million more, anywhere from £2.38 million more to £3.04 million more: the claim of £1.7 million more is below that range, so these figures do not bear it out; even their lowest case puts the difference higher.'
		);
		await expect(claim.getByRole('listitem').first()).toHaveText(
			'Only if the price a week of Agency foster placements (Independent fostering agency) were £639.14 a week; the figures say £800.00 to £850.00 a week.'
		);
	});

	test('a claim added on the page is checked, and travels in the link', async ({ page }) => {
		await page.goto(await fosterPage());
		await scriptStarted(page);
		const form = page.getByRole('form', { name: 'Add a claim to check' });
		await form
			.getByLabel('The claim, in their words')
			.fill('Agency placements cost us £2.5 million a year more');
		await form.getByLabel('Who said it', { exact: true }).fill('A councillor');
		await form.getByLabel('Over how many years').fill('1');
		await form.getByLabel('By how much, in pounds').fill('2,500,000');
		await form.getByRole('button', { name: 'Check this claim' }).click();
		const claim = page.getByRole('article', {
			name: 'Claim: Agency placements cost us £2.5 million a year more'
		});
		await expect(claim).toContainText(
			'Within the range. The figures put the difference at £2.69 million more, anywhere from £2.38 million more to £3.04 million more: the claim of £2.5 million more is within that range, so these figures allow it but do not prove it.'
		);
		await expect(claim).toContainText('A councillor: What A councillor said');
		await linkWritten(page);
		await page.reload();
		await expect(
			page.getByRole('article', {
				name: 'Claim: Agency placements cost us £2.5 million a year more'
			})
		).toContainText('Within the range.');
	});

	test('the form says what is missing, and adds nothing', async ({ page }) => {
		await page.goto(await fosterPage());
		await scriptStarted(page);
		const form = page.getByRole('form', { name: 'Add a claim to check' });
		await form.getByRole('button', { name: 'Check this claim' }).click();
		await expect(form).toContainText('Enter the claim, in the words of whoever made it');
		await expect(form).toContainText('Enter the amount in pounds, like 1200000 or 1,200,000');
		await expect(
			page.getByRole('region', { name: 'Check a claim' }).getByRole('article')
		).toHaveCount(1);
	});

	test('the panel has no accessibility violations (axe, WCAG 2.2 AA)', async ({ page }) => {
		// Axe reads the whole comparison page, which takes a while on a loaded machine.
		test.slow();
		await page.goto(await fosterPage());
		await expect(page.getByRole('button', { name: 'Check this claim' })).toBeVisible();
		expect(await violations(page, 'section[aria-labelledby="claims-heading"]')).toEqual([]);
	});
});
