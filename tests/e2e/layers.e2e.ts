import { expect, test } from '@playwright/test';
import { fosterLinkParameter } from './support/expected';
import { scriptStarted } from './support/started';

/**
 * A positioned box is a layer of its own, and the browser's hit test for the mouse, after each
 * change of layout, walks every layer: a large scenario's form once had three thousand of them
 * (hidden text for screen readers, link buttons), which cost each keystroke's frame 7 ms. The
 * form's repeated parts must stay out of that list, and still read the same to a screen reader.
 */
test("the form's hidden text and link buttons are not layers, and still name their boxes", async ({
	page
}) => {
	await page.goto(`/compare?s=${fosterLinkParameter()}`);
	await scriptStarted(page);
	const inputs = page.locator('#inputs');

	const positioned = await inputs.evaluate((form) => {
		const boxes = [...form.querySelectorAll('span.visually-hidden, button.link')];
		const moved = boxes.filter((box) => getComputedStyle(box).position !== 'static');
		return { boxes: boxes.length, positioned: moved.length };
	});
	expect(positioned.boxes).toBeGreaterThan(40);
	expect(positioned.positioned).toBe(0);

	const agency = inputs.getByRole('group', { name: 'Agency foster placements', exact: true });
	// Chromium puts a space before the hidden text's comma, as it did when it was positioned.
	await expect(agency.getByRole('textbox', { name: /^Central ?, in pounds$/ })).toHaveCount(1);
	await expect(
		inputs.getByRole('button', { name: 'Remove line Agency foster placements', exact: true })
	).toHaveCount(1);
});
