import { expect, test, type Page } from '@playwright/test';
import { violations } from './support/axe';
import { moneyInWords } from '../../src/lib/format/words';
import { analyse } from '../../src/lib/engine';
import { PRESETS, findPreset, presetScenario } from '../../src/lib/presets';
import { exactLine } from './support/expected';

/** A preset's card in the gallery, found by its title. */
function card(page: Page, title: string) {
	return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
}

/** Opens a preset from the gallery with one click on its title. */
async function openFromGallery(page: Page, title: string): Promise<void> {
	await page.goto('/');
	await page.getByRole('link', { name: title, exact: true }).click();
	await expect(page).toHaveURL(/\/compare\?s=1\./);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

test.describe('the presets gallery', () => {
	// One page load for every card: the gallery is static, so each check reads the same page.
	test("shows each preset's headline in words and its exact difference to the penny, worked out by the engine, and labels the weakest source", async ({
		page
	}) => {
		await page.goto('/');
		for (const preset of PRESETS) {
			const scenario = presetScenario(preset);
			const years = `${scenario.horizonYears} years`;
			// Where the low–high range crosses zero, the card leads with the range and gives the
			// central case after it.
			const words = analyse(scenario).comparisons.map((comparison) => {
				const central = `${moneyInWords(comparison.difference.presentValue, { sign: 'never' })} ${
					comparison.difference.presentValue.isNegative() ? 'less' : 'more'
				}`;
				const { low, high } = comparison.differenceRange.presentValue;
				return low.isNegative() !== high.isNegative()
					? `The central case is ${central}.`
					: `${central} over ${years}`;
			});
			for (const each of words)
				await expect(card(page, preset.title), preset.id).toContainText(each);
			await expect(
				card(page, preset.title).getByText(exactLine(scenario)),
				preset.id
			).toBeVisible();
		}
		await expect(
			card(page, 'Foster placements: in-house carers or an independent agency')
		).toContainText(/Weakest source behind it\s*Source strength: Assumption/);
		// This page's axe scan is the home page's (home.e2e.ts).
	});

	for (const preset of PRESETS) {
		test(`opens the ${preset.id} preset in the editor with one click, showing its headline`, async ({
			page
		}) => {
			await openFromGallery(page, preset.title);
			await expect(
				page.getByText(exactLine(presetScenario(preset)), { exact: true })
			).toBeVisible();
		});
	}
});

test.describe('a preset opened in the editor', () => {
	const FOSTER = 'Foster placements: in-house carers or an independent agency';

	test('says beside the headline which lines rest only on an anecdote, lists every source with its quote, strength and link, and adds a source that a line can then cite, the notice following', async ({
		page
	}) => {
		await openFromGallery(page, FOSTER);
		await expect(
			page.getByText(
				'Only an anecdote, not a published figure, supports: Foster placements (In-house foster carers); Agency foster placements (Independent fostering agency).'
			)
		).toBeVisible();

		const panel = page.getByRole('region', { name: 'Sources' });
		const scenario = presetScenario(findPreset('foster-care')!);
		await expect(panel.getByRole('listitem')).toHaveCount(scenario.sources.length);
		await expect(
			panel.getByRole('link', { name: /^Profits for big children's care providers/ })
		).toHaveAttribute(
			'href',
			'https://www.communitycare.co.uk/2021/10/22/profits-for-big-childrens-care-providers-higher-than-expected-says-competition-watchdog/'
		);
		await expect(panel).toContainText('about £820 per week');

		await panel.getByRole('button', { name: 'Add a source' }).click();
		const title = panel.getByRole('textbox', { name: 'Title' });
		await expect(title).toBeFocused();
		await title.fill('Council fostering budget 2026-27');
		await panel.getByRole('radio', { name: 'Official report' }).check();
		await panel.getByRole('textbox', { name: /^Web address/ }).fill('https://example.org/budget');
		await panel.getByRole('button', { name: /^Done/ }).click();
		await expect(
			panel.getByRole('link', { name: 'Council fostering budget 2026-27' })
		).toBeVisible();

		const line = page
			.getByRole('region', { name: /^In-house foster carers/ })
			.getByRole('group', { name: 'Foster placements', exact: true });
		await line.getByRole('checkbox', { name: 'Council fostering budget 2026-27' }).check();
		await expect(panel).toContainText('Cited by: Foster placements (In-house foster carers).');
		await expect(
			page.getByText(/^Only an anecdote.*supports: Agency foster placements/)
		).toBeVisible();
	});

	test('removes a source and unticks it from every line', async ({ page }) => {
		await openFromGallery(page, FOSTER);
		const panel = page.getByRole('region', { name: 'Sources' });
		await panel.getByRole('button', { name: /^Remove source Reader comment/ }).click();
		await expect(panel.getByRole('status')).toHaveText(/unticked it from 2 lines/);
		await expect(page.getByRole('heading', { name: 'Sources' })).toBeFocused();
		const line = page
			.getByRole('region', { name: /^In-house foster carers/ })
			.getByRole('group', { name: 'Foster placements', exact: true });
		await expect(line.getByRole('checkbox', { name: /^Reader comment/ })).toHaveCount(0);
		await expect(line.getByRole('checkbox', { checked: true })).toHaveCount(1);
		await expect(page.getByRole('heading', { name: 'There is a problem' })).toHaveCount(0);
	});

	test('has no violations with a source open for changing, and links a problem with the source from the error summary to its box', async ({
		page
	}) => {
		await openFromGallery(page, FOSTER);
		const panel = page.getByRole('region', { name: 'Sources' });
		await panel.getByRole('button', { name: /^Change source Reader comment/ }).click();
		expect(await violations(page)).toEqual([]);

		await panel.getByRole('textbox', { name: /^Web address/ }).fill('not an address');
		await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
		await page.getByRole('link', { name: /^Source: Reader comment.*url/ }).click();
		await expect(panel.getByRole('textbox', { name: /^Web address/ })).toBeFocused();
	});
});

test.describe('where these figures come from', () => {
	// One page load: the checks read the page, and the last one follows a link away from it.
	test('lists each figure with its exact quote, strength and link, and every source every preset cites; passes axe; links each use back to its preset', async ({
		page
	}) => {
		await page.goto('/sources');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Where these figures come from'
		);
		const figure = page.getByRole('listitem').filter({
			has: page.getByRole('heading', { name: /^£150,000 for each social work practice pilot/ })
		});
		await expect(figure).toContainText(
			'The DCSF gave £150,000 to each social work practice pilot in 2008-9 and £240,000 in 2009-10.'
		);
		await expect(figure).toContainText('Source strength: Press');
		await expect(
			figure.getByRole('link', { name: 'Unison threatens to scupper Sandwell practice pilot' })
		).toHaveAttribute(
			'href',
			'https://www.communitycare.co.uk/2010/03/04/unison-threatens-to-scupper-sandwell-practice-pilot/'
		);

		const ids = new Set(
			PRESETS.flatMap((preset) => presetScenario(preset).sources.map((s) => s.id))
		);
		await expect(page.getByRole('heading', { level: 3 })).toHaveCount(ids.size);

		expect(await violations(page)).toEqual([]);

		await page.getByRole('link', { name: 'Bringing a contract back in-house' }).first().click();
		await expect(page).toHaveURL(/\/#insourcing$/);
	});
});
