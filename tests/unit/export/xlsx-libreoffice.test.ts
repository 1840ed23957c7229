/**
 * The spreadsheet recalculated by LibreOffice gives the engine's figures to the penny (issue 5).
 * Needs LibreOffice (`soffice`, from Debian's libreoffice-calc-nogui, which .ci/run installs):
 * without it every test here fails, saying how to install it, rather than skipping.
 *
 * Every cached result is overwritten with a wrong number before LibreOffice opens the file, and
 * LibreOffice is told to recalculate on loading, so a figure can only come out right if the
 * formulas work it out.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yearColumn } from '$lib/export/xlsx/cells';
import { SHEETS } from '$lib/export/xlsx/layout';
import { buildWorkbook, workbookBytes, type ComparisonWorkbook } from '$lib/export/xlsx/workbook';
import { EXAMPLES, example, penny, type ExampleName } from './examples';
import { formulaOf, readXlsx, type ReadBook } from './workbook-reading';

const SOFFICE = ['soffice', 'libreoffice'].find(
	(command) => spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0
);

/** A wrong number no formula of these examples gives. */
const POISON = -987654.32;

/** A LibreOffice profile that always recalculates an Excel file on loading. */
const RECALCULATE_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function poison(workbook: ExcelJS.Workbook): void {
	workbook.eachSheet((sheet) =>
		sheet.eachRow((row) =>
			row.eachCell((cell) => {
				const value = cell.value;
				if (value && typeof value === 'object' && 'formula' in value && value.formula) {
					cell.value = { formula: value.formula, result: POISON };
				}
			})
		)
	);
}

describe('the spreadsheet recalculated by LibreOffice', () => {
	const folder = mkdtempSync(join(tmpdir(), 'xlsx-libreoffice-'));
	const built = new Map<ExampleName, ComparisonWorkbook>();
	const recalculated = new Map<ExampleName, ReadBook>();
	let seconds = 0;

	beforeAll(async () => {
		if (SOFFICE === undefined) {
			throw new Error(
				'LibreOffice (soffice) is not installed, so the spreadsheet cannot be recalculated: ' +
					'install it with `apt-get install --no-install-recommends libreoffice-calc-nogui`'
			);
		}
		mkdirSync(join(folder, 'profile', 'user'), { recursive: true });
		writeFileSync(join(folder, 'profile', 'user', 'registrymodifications.xcu'), RECALCULATE_ALWAYS);
		mkdirSync(join(folder, 'in'));
		for (const name of EXAMPLES) {
			const { scenario, analysis } = example(name);
			const book = buildWorkbook(scenario, analysis);
			built.set(name, book);
			poison(book.workbook);
			writeFileSync(join(folder, 'in', `${name}.xlsx`), await workbookBytes(book.workbook));
		}
		const started = performance.now();
		const run = spawnSync(
			SOFFICE,
			[
				`-env:UserInstallation=${pathToFileURL(join(folder, 'profile')).href}`,
				'--headless',
				'--norestore',
				'--convert-to',
				'xlsx',
				'--outdir',
				join(folder, 'out'),
				...EXAMPLES.map((name) => join(folder, 'in', `${name}.xlsx`))
			],
			{ encoding: 'utf8', timeout: 120_000 }
		);
		seconds = (performance.now() - started) / 1000;
		if (run.status !== 0) throw new Error(`LibreOffice failed: ${run.stderr || run.error}`);
		console.info(
			`LibreOffice recalculated ${EXAMPLES.length} workbooks in ${seconds.toFixed(1)} s`
		);
		for (const name of EXAMPLES) {
			const bytes = readFileSync(join(folder, 'out', `${name}.xlsx`));
			recalculated.set(name, await readXlsx(new Uint8Array(bytes)));
		}
	}, 150_000);

	afterAll(() => rmSync(folder, { recursive: true, force: true }));

	it.each(EXAMPLES)(
		'gives every line, year and total of %s to the penny as the engine does',
		(name) => {
			const book = recalculated.get(name)!;
			const { results } = example(name);
			const mismatches: string[] = [];
			built.get(name)!.layout.options.forEach((layout, o) => {
				const sheet = book.read.getWorksheet(layout.sheet)!;
				const option = results.options[o];
				for (const measure of ['cash', 'real', 'presentValue'] as const) {
					const rows = layout.blocks[measure];
					const check = (address: string, wanted: string): void => {
						const { result } = formulaOf(sheet.getCell(address), book);
						const got = typeof result === 'number' ? penny(result) : String(result);
						if (got !== wanted)
							mismatches.push(`${layout.sheet}!${address}: ${got}, not ${wanted}`);
					};
					rows.lines.forEach((row, l) => {
						option.lines[l].years.forEach((year, t) =>
							check(`${yearColumn(t + 1)}${row}`, year[measure])
						);
						check(`B${row}`, option.lines[l].total[measure]);
					});
					option.years.forEach((year, t) =>
						check(`${yearColumn(t + 1)}${rows.total}`, year[measure])
					);
					check(`B${rows.total}`, option.total[measure]);
				}
			});
			expect(mismatches).toEqual([]);
		}
	);

	it.each(EXAMPLES)('gives the totals and differences of %s on Summary to the penny', (name) => {
		const book = recalculated.get(name)!;
		const { summary } = built.get(name)!;
		const { results } = example(name);
		const sheet = book.read.getWorksheet(SHEETS.summary)!;
		const row = (r: number) =>
			['B', 'C', 'D'].map((column) =>
				penny(formulaOf(sheet.getCell(`${column}${r}`), book).result)
			);
		const got = [
			...results.options.map((option) => row(summary.optionRows[option.id])),
			...results.comparisons.map((comparison) => row(summary.differenceRows[comparison.option]))
		];
		const wanted = [
			...results.options.map(({ total }) => [total.cash, total.real, total.presentValue]),
			...results.comparisons.map(({ difference: d }) => [d.cash, d.real, d.presentValue])
		];
		expect(got).toEqual(wanted);
	});
});
