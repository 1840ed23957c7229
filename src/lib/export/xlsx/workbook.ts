import ExcelJS from 'exceljs';
import type { Analysis } from '../../engine/index';
import type { Scenario } from '../../engine/types';
import type { ClaimCheck } from '../../claims/types';
import { writeClaimsSheet } from './claims-sheet';
import { writeInputsSheet } from './inputs-sheet';
import { SHEETS, workbookLayout, type WorkbookLayout } from './layout';
import { writeNotesSheet } from './notes-sheet';
import { writeOptionSheet } from './option-sheet';
import { writeSourcesSheet } from './sources-sheet';
import { writeSummarySheet, type SummaryLayout } from './summary-sheet';
import { writeYearsSheet } from './years-sheet';

/**
 * The comparison as a spreadsheet (XLSX) whose cells hold the inputs and live formulas that
 * recompute every line, year and total, so a reader can audit the calculation in Excel or
 * LibreOffice (issue 5). Made with exceljs: MIT-licensed, maintained, the one widely used
 * JavaScript library that writes formulas with cached results and reads them back, in Node
 * and in the browser. The layout is in ./layout.ts and the README beside this folder.
 */

/** A workbook, and where its cells are, for tests and for anything that reads it back. */
export interface ComparisonWorkbook {
	workbook: ExcelJS.Workbook;
	layout: WorkbookLayout;
	summary: SummaryLayout;
}

export interface WorkbookOptions {
	/** The live comparison's address, linked from the Summary sheet. */
	link?: string;
	/** When the workbook was made (default now). */
	made?: Date;
	/** The scenario's claims and what the figures say of each; a Claims sheet when there are any. */
	claims?: readonly ClaimCheck[];
}

/**
 * Builds the workbook: Summary, Inputs, Years, one sheet an option, Claims (when the scenario
 * has claims), Sources, Notes. Every formula's
 * cached result is the comparator's exact figure (as the nearest binary number), and the file
 * asks Excel to recalculate on opening.
 *
 * @param analysis `analyse(scenario)`
 */
export function buildWorkbook(
	scenario: Scenario,
	analysis: Analysis,
	options: WorkbookOptions = {}
): ComparisonWorkbook {
	const layout = workbookLayout(scenario);
	const workbook = new ExcelJS.Workbook();
	const made = options.made ?? new Date();
	workbook.creator = 'Public cost comparator';
	workbook.title = scenario.title;
	workbook.created = made;
	workbook.modified = made;
	workbook.calcProperties.fullCalcOnLoad = true;

	const summarySheet = workbook.addWorksheet(SHEETS.summary);
	writeInputsSheet(workbook.addWorksheet(SHEETS.inputs), scenario, layout);
	writeYearsSheet(workbook.addWorksheet(SHEETS.years), scenario, analysis);
	const labels = analysis.years.map((year) => year.label);
	scenario.options.forEach((option, o) => {
		const sheet = workbook.addWorksheet(layout.options[o].sheet);
		const isBaseline = option.id === scenario.baseline;
		writeOptionSheet(sheet, option, analysis.options[o], layout.options[o], labels, isBaseline);
	});
	const claims = options.claims ?? [];
	if (claims.length > 0) {
		writeClaimsSheet(workbook.addWorksheet(SHEETS.claims), scenario, analysis, claims);
	}
	writeSourcesSheet(workbook.addWorksheet(SHEETS.sources), scenario);
	writeNotesSheet(workbook.addWorksheet(SHEETS.notes));
	const summary = writeSummarySheet(summarySheet, scenario, analysis, layout, options.link);
	return { workbook, layout, summary };
}

/** The workbook as the bytes of an .xlsx file. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array<ArrayBuffer>> {
	const buffer = await workbook.xlsx.writeBuffer();
	return new Uint8Array(buffer as ArrayBuffer);
}
