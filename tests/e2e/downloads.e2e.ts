import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { Exact } from '../../src/lib/engine';
import { scenarioToDocument } from '../../src/lib/schemas/serialize';
import { parseCsv } from '../fixtures/csv';
import {
	EXAMPLES,
	examplePath,
	exampleScenario,
	importScenarioFile,
	results,
	type ExampleName
} from './support/expected';

async function importExample(page: Page, name: ExampleName): Promise<void> {
	await page.goto('/compare');
	await importScenarioFile(page, examplePath(name));
	await expect(page.getByRole('status').filter({ hasText: /^Imported/ })).toBeVisible();
}

/** Clicks a control that downloads a file, and gives the file's name and bytes. */
async function download(
	page: Page,
	name: string | RegExp
): Promise<{ file: string; bytes: Buffer }> {
	const [saved]: [Download, void] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name }).first().click()
	]);
	return { file: saved.suggestedFilename(), bytes: await readFile(await saved.path()) };
}

test.describe('downloads from the comparison page', () => {
	for (const name of EXAMPLES) {
		// One import for both files: each download reads the same page.
		test(`the ${name} figures as CSV are the engine's, line by line and year by year, and its results as JSON are the engine's results document`, async ({
			page
		}) => {
			await importExample(page, name);
			const { file, bytes } = await download(page, 'Download the figures (CSV)');
			expect(file).toMatch(/-figures\.csv$/);
			expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
			const records = parseCsv(bytes.toString('utf8').slice(1))
				.slice(1)
				.filter((r) => r[0] === 'line');
			const expected = results(exampleScenario(name));
			const wanted = expected.options.flatMap((option) =>
				option.lines.flatMap((line) =>
					line.years.map((year) => [
						option.id,
						line.id,
						String(year.year),
						year.cash,
						year.real,
						year.presentValue
					])
				)
			);
			expect(records.map((r) => [r[1], r[4], r[6], r[9], r[10], r[11]])).toEqual(wanted);

			const json = await download(page, 'Download the results (JSON)');
			expect(json.file).toMatch(/-results\.json$/);
			expect(JSON.parse(json.bytes.toString('utf8'))).toEqual(results(exampleScenario(name)));
		});
	}

	test('the scenario file holds every input of the comparison', async ({ page }) => {
		await importExample(page, 'childrens-trust');
		const { bytes } = await download(page, 'Download the scenario file (JSON)');
		expect(JSON.parse(bytes.toString('utf8'))).toEqual(
			JSON.parse(JSON.stringify(scenarioToDocument(exampleScenario('childrens-trust'))))
		);
	});

	test('the spreadsheet holds formulas whose saved results are the engine’s totals', async ({
		page
	}) => {
		await importExample(page, 'insourcing');
		const { file, bytes } = await download(page, 'Download the spreadsheet (XLSX)');
		expect(file).toMatch(/\.xlsx$/);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(
			bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
		);
		const summary = workbook.getWorksheet('Summary')!;
		const expected = results(exampleScenario('insourcing'));
		const totals: [string, string][] = [];
		summary.eachRow((row) => {
			const value = row.getCell(4).value;
			if (
				value &&
				typeof value === 'object' &&
				'formula' in value &&
				typeof value.formula === 'string' &&
				typeof value.result === 'number'
			) {
				const pennies = new Exact(value.result).toDecimalPlaces(2, Exact.ROUND_HALF_UP);
				totals.push([value.formula, pennies.toFixed(2)]);
			}
		});
		expect(totals.map(([, result]) => result)).toEqual([
			...expected.options.map((option) => option.total.presentValue),
			...expected.comparisons.map((comparison) => comparison.difference.presentValue)
		]);
		expect(totals.every(([formula]) => !/^\d/.test(formula))).toBe(true);
	});

	test('a chart downloads as SVG and as PNG with its title', async ({ page }) => {
		await importExample(page, 'foster-placements');
		const chart = page.getByRole('region', { name: /foster carers/i }).first();
		await expect(chart).toBeVisible();
		// A chart's pictures are made when it comes near the screen.
		await chart.scrollIntoViewIfNeeded();
		const svgLink = page.getByRole('link', { name: 'Download the chart (SVG)' }).first();
		const [svg] = await Promise.all([page.waitForEvent('download'), svgLink.click()]);
		const text = await readFile(await svg.path(), 'utf8');
		expect(svg.suggestedFilename()).toMatch(/\.svg$/);
		expect(text).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		expect(text).toContain('Source');

		const { file, bytes } = await download(page, 'Download the chart (PNG)');
		expect(file).toMatch(/\.png$/);
		expect([...bytes.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
		expect(bytes.readUInt32BE(16)).toBe(1600);
	});
});
