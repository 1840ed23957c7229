import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { analyse } from '$lib/engine';
import type { Scenario } from '$lib/engine/types';
import { yearColumn } from '$lib/export/xlsx/cells';
import { INPUT_COLUMNS, SETTING_ROWS, SHEETS, optionSheetName } from '$lib/export/xlsx/layout';
import { buildWorkbook, workbookBytes, type ComparisonWorkbook } from '$lib/export/xlsx/workbook';
import { fixed, option, percentOf, recurring, scenario } from '../../fixtures/scenarios';
import { EXAMPLES, example, penny, type ExampleName } from './examples';
import { formulaOf, readXlsx, type ReadBook } from './workbook-reading';

interface Book extends ReadBook {
	built: ComparisonWorkbook;
}

/** The workbook of a scenario, written to bytes and read back as a reader's spreadsheet would. */
async function roundTrip(input: Scenario, link?: string): Promise<Book> {
	const built = buildWorkbook(input, analyse(input), { link, made: new Date('2026-11-24') });
	return { built, ...(await readXlsx(await workbookBytes(built.workbook))) };
}

const cache = new Map<ExampleName, Promise<Book>>();
function exampleBook(name: ExampleName) {
	let book = cache.get(name);
	if (!book) {
		book = roundTrip(example(name).scenario);
		cache.set(name, book);
	}
	return book;
}

const BLOCK_MEASURE = { cash: 'cash', real: 'real', presentValue: 'presentValue' } as const;

describe('buildWorkbook', () => {
	it('has a Summary, Inputs and Years sheet, one sheet an option, Sources and Notes', async () => {
		const { read } = await exampleBook('foster-placements');
		expect(read.worksheets.map((sheet) => sheet.name)).toEqual([
			'Summary',
			'Inputs',
			'Years',
			'In-house foster carers',
			'Independent fostering agency',
			'Sources',
			'Notes'
		]);
	});

	it.each(EXAMPLES)('puts every central input of %s in its own cell on Inputs', async (name) => {
		const { built, read } = await exampleBook(name);
		const inputs = read.getWorksheet(SHEETS.inputs)!;
		const { scenario } = example(name);
		const seen: [string, unknown][] = [];
		const wanted: [string, unknown][] = [];
		scenario.options.forEach((opt, o) =>
			opt.lines.forEach((line, l) => {
				const row = built.layout.options[o].inputRows[l];
				for (const field of ['amount', 'quantity', 'fte', 'salary', 'impact', 'percent'] as const) {
					const range = (line as unknown as Record<string, { central: string } | undefined>)[field];
					if (!range) continue;
					wanted.push([`${line.id}.${field}`, Number(range.central)]);
					seen.push([`${line.id}.${field}`, inputs.getCell(`${INPUT_COLUMNS[field]}${row}`).value]);
				}
				expect(inputs.getCell(`${INPUT_COLUMNS.id}${row}`).value).toBe(line.id);
			})
		);
		expect(seen).toEqual(wanted);
	});

	it('puts every setting in column B of Inputs', async () => {
		const { read } = await exampleBook('insourcing');
		const inputs = read.getWorksheet(SHEETS.inputs)!;
		const value = (key: keyof typeof SETTING_ROWS) => inputs.getCell(`B${SETTING_ROWS[key]}`).value;
		expect([
			value('horizonYears'),
			value('inflationPercent'),
			value('discountScheme'),
			value('discountRatePercent')
		]).toEqual([8, 2.5, 'flat', 3.5]);
	});

	it('makes a line without its own uplift follow general inflation by a formula', async () => {
		const { built, read } = await exampleBook('foster-placements');
		const row = built.layout.options[0].inputRows[0];
		const cell = read.getWorksheet(SHEETS.inputs)!.getCell(`${INPUT_COLUMNS.upliftPercent}${row}`);
		expect(formulaOf(cell)).toEqual({
			formula: `Inputs!$B$${SETTING_ROWS.inflationPercent}`,
			result: 2
		});
	});

	it.each(EXAMPLES)(
		'fills every line, year and total of %s with formulas whose cached results are the engine’s figures',
		async (name) => {
			const book = await exampleBook(name);
			const { built, read } = book;
			const { analysis, results } = example(name);
			const mismatches: string[] = [];
			built.layout.options.forEach((layout, o) => {
				const sheet = read.getWorksheet(layout.sheet)!;
				const exact = analysis.options[o];
				const rounded = results.options[o];
				for (const block of ['cash', 'real', 'presentValue'] as const) {
					const measure = BLOCK_MEASURE[block];
					const check = (address: string, engine: { toString(): string }, pennies: string) => {
						const { result } = formulaOf(sheet.getCell(address), book);
						if (result !== Number(engine.toString()) || penny(result) !== pennies) {
							mismatches.push(`${layout.sheet}!${address}: ${result} vs ${pennies}`);
						}
					};
					layout.blocks[block].lines.forEach((row, l) => {
						exact.lines[l].years.forEach((figures, t) =>
							check(
								`${yearColumn(t + 1)}${row}`,
								figures[measure],
								rounded.lines[l].years[t][measure]
							)
						);
						check(`B${row}`, exact.lines[l].total[measure], rounded.lines[l].total[measure]);
					});
					const total = layout.blocks[block].total;
					exact.years.forEach((figures, t) =>
						check(`${yearColumn(t + 1)}${total}`, figures[measure], rounded.years[t][measure])
					);
					check(`B${total}`, exact.total[measure], rounded.total[measure]);
				}
			});
			expect(mismatches).toEqual([]);
		}
	);

	it('works out a recurring line’s cash from its Inputs cells, in its years only', async () => {
		const { built, read } = await exampleBook('foster-placements');
		const layout = built.layout.options[0];
		const cell = read.getWorksheet(layout.sheet)!.getCell(`D${layout.blocks.cash.lines[0]}`);
		const r = layout.inputRows[0];
		expect(formulaOf(cell).formula).toBe(
			`IF(AND(Years!D$3>=Inputs!$R$${r},Years!D$3<=Inputs!$S$${r}),` +
				`Inputs!$E$${r}*Inputs!$G$${r}*Inputs!$H$${r}*(1+Inputs!$I$${r}/100)^Years!D$5*(1+Inputs!$J$${r}/100)^Years!D$5,0)`
		);
	});

	it('works out an overhead as its percentage of the named lines’ cash in the same year', async () => {
		const { built, read } = await exampleBook('childrens-trust');
		const layout = built.layout.options[0];
		const [workers, managers, , overhead] = layout.blocks.cash.lines;
		const cell = read.getWorksheet(layout.sheet)!.getCell(`E${overhead}`);
		expect(formulaOf(cell).formula).toBe(
			`Inputs!$P$${layout.inputRows[3]}/100*(E${workers}+E${managers})`
		);
	});

	it('deflates cash by the price index, discounts real terms, and sums with SUM', async () => {
		const { built, read } = await exampleBook('insourcing');
		const layout = built.layout.options[1];
		const sheet = read.getWorksheet(layout.sheet)!;
		const [cashRow, realRow, pvRow] = (['cash', 'real', 'presentValue'] as const).map(
			(block) => layout.blocks[block].lines[0]
		);
		const pvTotal = layout.blocks.presentValue.total;
		expect([
			formulaOf(sheet.getCell(`F${realRow}`)).formula,
			formulaOf(sheet.getCell(`F${pvRow}`)).formula,
			formulaOf(sheet.getCell(`B${pvRow}`)).formula,
			formulaOf(sheet.getCell(`C${pvTotal}`)).formula
		]).toEqual([
			`F${cashRow}/Years!F$6`,
			`F${realRow}*Years!F$8`,
			`SUM(C${pvRow}:J${pvRow})`,
			`SUM(C${layout.blocks.presentValue.lines[0]}:C${layout.blocks.presentValue.lines.at(-1)})`
		]);
	});

	it('discounts step by step as the Green Book says, with DF = 1 in the first year', async () => {
		const { read } = await exampleBook('foster-placements');
		const years = read.getWorksheet(SHEETS.years)!;
		expect([years.getCell('C8').value, formulaOf(years.getCell('D8')).formula]).toEqual([
			1,
			'C8/(1+D7)'
		]);
		expect(formulaOf(years.getCell('D7'))).toEqual({
			formula:
				'IF(Inputs!$B$13="flat",Inputs!$B$14/100,IF(Inputs!$B$13="none",0,IF(D$5<=30,0.035,IF(D$5<=75,0.03,0.025))))',
			result: 0.035
		});
	});

	it('gives each option’s totals and each difference on Summary as formulas', async () => {
		const { built, read } = await exampleBook('foster-placements');
		const summary = read.getWorksheet(SHEETS.summary)!;
		const { results } = example('foster-placements');
		const agency = built.summary.optionRows.agency;
		const difference = built.summary.differenceRows.agency;
		const total = formulaOf(summary.getCell(`D${agency}`));
		const gap = formulaOf(summary.getCell(`D${difference}`));
		expect([total.formula, penny(total.result), gap.formula, penny(gap.result)]).toEqual([
			`'Independent fostering agency'!B${built.layout.options[1].blocks.presentValue.total}`,
			results.options[1].total.presentValue,
			`D${agency}-D${built.summary.optionRows['in-house']}`,
			results.comparisons[0].difference.presentValue
		]);
	});

	it('asks the spreadsheet to recalculate when it is opened', async () => {
		const { parts } = await exampleBook('insourcing');
		expect(parts['xl/workbook.xml']).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
	});

	it('links the Summary to the live comparison', async () => {
		const { read } = await roundTrip(
			example('insourcing').scenario,
			'https://example.org/compare?s=1.x'
		);
		expect(read.getWorksheet(SHEETS.summary)!.getCell('A3').value).toEqual({
			text: 'Open the live comparison',
			hyperlink: 'https://example.org/compare?s=1.x'
		});
	});

	it('says on Notes that the spreadsheet works in floating point and the comparator in exact decimals', async () => {
		const { read } = await exampleBook('insourcing');
		const notes: string[] = [];
		read.getWorksheet(SHEETS.notes)!.eachRow((row) => notes.push(String(row.getCell(1).value)));
		expect(notes.join(' ')).toMatch(/binary floating point.*exact decimal arithmetic/);
	});

	it('keeps names that look like formulas as text, never formulas', async () => {
		const tricky = scenario({
			horizonYears: 2,
			options: [
				{
					...option('a', [
						recurring({
							id: 'fee',
							label: '=HYPERLINK("http://x","y")',
							amount: fixed('5'),
							per: 'year'
						}),
						percentOf({ id: 'over', label: '+cmd', percent: fixed('10'), of: ['fee'] })
					]),
					name: "=1+2: council's [own]"
				}
			]
		});
		const { built, read } = await roundTrip(tricky);
		const sheet = read.getWorksheet(built.layout.options[0].sheet)!;
		const labels = built.layout.options[0].blocks.cash.lines.map((row) => sheet.getCell(`A${row}`));
		expect(labels.map((cell) => [cell.type, cell.value])).toEqual([
			[ExcelJS.ValueType.String, '=HYPERLINK("http://x","y")'],
			[ExcelJS.ValueType.String, '+cmd']
		]);
	});
});

describe('optionSheetName', () => {
	it.each([
		['In-house foster carers', 'In-house foster carers'],
		['Agency [2026]: a/b?', 'Agency -2026-- a-b-'],
		["'Quoted'", 'Quoted'],
		['Summary', 'Summary (2)'],
		['An option whose name is far longer than Excel allows', 'An option whose name is far…'],
		["Independent fostering agency at the market study's price", 'Independent fostering agency…'],
		['Sources', 'Sources (2)'],
		['', 'Option']
	])('names the sheet of %j %j', (name, sheet) => {
		expect(optionSheetName(name, new Set())).toBe(sheet);
	});

	it('keeps every sheet name within Excel’s 31 characters, cut at a word, and unique', () => {
		const used = new Set<string>();
		const long = 'Independent fostering agency at the market study price, variant';
		const names = [long, long, long].map((name) => optionSheetName(name, used));
		expect(names).toEqual([
			'Independent fostering agency…',
			'Independent fostering… (2)',
			'Independent fostering… (3)'
		]);
	});

	it('never gives two options the same sheet', () => {
		const used = new Set<string>();
		expect([optionSheetName('Agency', used), optionSheetName('agency', used)]).toEqual([
			'Agency',
			'agency (2)'
		]);
	});
});

describe('the Sources sheet', () => {
	it('gives every source in full: title, publisher, date, link, quote and strength', async () => {
		const { read } = await exampleBook('foster-placements');
		const sheet = read.getWorksheet(SHEETS.sources)!;
		expect(sheet.getRow(4).values).toEqual([
			undefined,
			'Id',
			'Title',
			'Publisher',
			'Date',
			'Link',
			'Quote',
			'Strength',
			'Seen via',
			'Cited by'
		]);
		const { scenario } = example('foster-placements');
		const first = scenario.sources[0];
		const row = sheet.getRow(5);
		expect(row.getCell(1).value).toBe(first.id);
		expect(row.getCell(2).value).toBe(first.title);
		expect(row.getCell(6).value).toBe(first.quote);
		expect(sheet.rowCount).toBe(4 + scenario.sources.length);
	});

	it('writes a source’s strength in words and its date in words', async () => {
		const input = scenario({
			horizonYears: 1,
			sources: [
				{
					id: 'cc',
					title: 'A reader comment',
					publisher: 'Community Care',
					date: '2016-02-14',
					url: 'https://example.org/a',
					quote: '£300 – 350 per week',
					strength: 'anecdotal'
				}
			],
			options: [
				option('a', [
					{ ...recurring({ id: 'fee', amount: fixed('5'), per: 'year' }), sources: ['cc'] }
				])
			]
		});
		const { read } = await roundTrip(input);
		const row = read.getWorksheet(SHEETS.sources)!.getRow(5);
		expect([row.getCell(3).value, row.getCell(4).value, row.getCell(7).value]).toEqual([
			'Community Care',
			'14 February 2016',
			'Anecdotal'
		]);
		expect(row.getCell(5).value).toEqual({
			text: 'https://example.org/a',
			hyperlink: 'https://example.org/a'
		});
		expect(row.getCell(9).value).toBe('fee (a)');
	});
});
