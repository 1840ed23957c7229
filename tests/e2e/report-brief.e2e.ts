import { expect, test } from '@playwright/test';
import { encodeScenario } from '../../src/lib/codec/url-codec';
import type { Scenario } from '../../src/lib/engine/types';
import { findPreset, presetScenario } from '../../src/lib/presets';

/** The number of pages of a PDF, counted from its page objects. */
function pageCount(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

const FOSTER = presetScenario(findPreset('foster-care')!);

/** The foster preset with the agency's weekly fee changed to £900, as a reader's link would. */
const FOSTER_AT_900: Scenario = {
	...FOSTER,
	options: FOSTER.options.map((option) =>
		option.id === 'agency'
			? {
					...option,
					lines: option.lines.map((line) =>
						line.id === 'placements' && line.kind === 'recurring'
							? { ...line, amount: { low: '900', central: '900', high: '900' } }
							: line
					)
				}
			: option
	)
};

async function reportOf(scenario: Scenario): Promise<string> {
	return `/report?s=${await encodeScenario(scenario)}`;
}

test.describe('the committee brief at the front of the report', () => {
	test('given a changed preset, it sets out the question, the answer, what moves it, what changed and the sources', async ({
		page
	}) => {
		await page.goto(await reportOf(FOSTER_AT_900));
		const brief = page.getByRole('region', { name: 'Brief for the meeting' });
		await expect(brief.getByRole('heading', { level: 3 })).toHaveText([
			'The question',
			'The answer',
			'Claims checked',
			'What moves the result most',
			'What changed from the original',
			'Sources, by strength'
		]);
		await expect(brief).toContainText(
			"Would an independent fostering agency or an independent fostering agency at the market study's price cost the public more or less than in-house foster carers, over the 5 years (2026-27 to 2030-31)?"
		);
		await expect(brief).toContainText('Parts of this result rest on weak evidence.');
		await expect(
			brief.getByRole('listitem').filter({ hasText: 'Agency foster placements › amount' })
		).toHaveText(
			'Independent fostering agency › Agency foster placements › amount: £800.00 to £850.00 (central £825.00) → £900.00'
		);
		await expect(brief.getByRole('term')).toHaveText([
			'Consultancy',
			'Press',
			'Anecdotal',
			'Assumption'
		]);
		await expect(
			brief.getByRole('article', { name: /^Claim: each council provided foster placement/ })
		).toContainText('Below the range.');
		await expect(
			brief.getByRole('table', {
				name: /Independent fostering agency against in-house foster carers/
			})
		).toBeVisible();
	});

	test('the note written for the old fee is marked as written for the original figures', async ({
		page
	}) => {
		await page.goto(await reportOf(FOSTER_AT_900));
		const changes = page.getByRole('region', { name: '2. What changed from the original' });
		await expect(
			changes.getByRole('heading', { name: 'Notes written for the original figures' })
		).toBeVisible();
		await expect(changes).toContainText(
			'Independent fostering agency › Agency foster placements: £800 to £850 a week per child, from the same reader comment (2016); the central case is the middle of the range.'
		);
		const options = page.getByRole('region', { name: '3. The options and their assumptions' });
		await expect(
			options.getByText('Written for the original figures, which have since been changed.')
		).toHaveCount(1);
	});

	test.describe('printed alone', () => {
		// The sections after the brief are hidden by a style sheet the test adds, which the page's
		// content security policy would refuse. Removing them from the page instead raced with
		// hydration: a page that hydrates after the removal finds its nodes missing and is
		// rendered again, whole (25 pages, once, on a busy machine).
		test.use({ bypassCSP: true });

		test('the brief prints on no more than two A4 pages', async ({ page }) => {
			await page.goto(await reportOf(FOSTER_AT_900));
			await page.emulateMedia({ media: 'print' });
			// Keep the title and the brief only, and print them as the report prints. The brief's
			// page break only separates it from the workings, which are hidden, so it would add a
			// blank page.
			const brief = 'section[aria-labelledby="brief-heading"]';
			await expect(page.locator(brief)).toHaveCount(1);
			await page.addStyleTag({
				content: `${brief} { break-after: auto !important; } ${brief} ~ * { display: none !important; }`
			});
			await expect(page.locator(`${brief} + *`)).toBeHidden();
			const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
			const pages = pageCount(pdf);
			expect(pages).toBeGreaterThanOrEqual(1);
			expect(pages).toBeLessThanOrEqual(2);
		});
	});

	test('the contents list numbers the sections of the full workings', async ({ page }) => {
		await page.goto(await reportOf(FOSTER));
		const contents = page.getByRole('navigation', { name: 'Contents' });
		await expect(contents.getByRole('link')).toHaveText([
			'The result',
			'What changed from the original',
			'The options and their assumptions',
			'Results',
			'Charts',
			'Break-even and switching values',
			'Sensitivity',
			'How the headline figures were worked out',
			'Sources',
			'About this report'
		]);
		await expect(page.getByRole('region', { name: 'Brief for the meeting' })).toContainText(
			'Nothing: these are the figures of the preset “Foster placements: in-house carers or an independent agency”.'
		);
	});
});
