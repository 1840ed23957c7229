import type { Worksheet } from 'exceljs';
import type { Scenario } from '../../engine/types';
import { formatSourceDate, strengthLabel } from '../../workings/sources';
import { bold, heading, note } from './style';

/**
 * The Sources sheet: every citation of the scenario in full (title, publisher, date, link,
 * quote, strength, via), with the lines that cite it, so that a source id on the Inputs sheet
 * ("cc-2016-comment") can be looked up without leaving the workbook.
 */

/** The columns of the Sources sheet, in order, with their widths in characters. */
export const SOURCE_COLUMNS = [
	['Id', 22],
	['Title', 50],
	['Publisher', 24],
	['Date', 16],
	['Link', 40],
	['Quote', 70],
	['Strength', 18],
	['Seen via', 18],
	['Cited by', 40]
] as const;

/** The heading row of the table; sources follow it, one a row, in the scenario's order. */
export const SOURCES_HEADER_ROW = 4;

function citedBy(scenario: Scenario, id: string): string {
	const lines = scenario.options.flatMap((option) =>
		option.lines
			.filter((line) => line.sources.includes(id))
			.map((line) => `${line.label} (${option.name})`)
	);
	return lines.join('; ');
}

/** Writes the Sources sheet. */
export function writeSourcesSheet(sheet: Worksheet, scenario: Scenario): void {
	heading(sheet.getCell('A1'), 'Sources');
	note(
		sheet.getCell('A2'),
		scenario.sources.length === 0
			? 'This comparison cites no sources.'
			: 'Every source the comparison cites, as it cites it. Strength runs from official statistics (strongest) to assumptions made for this comparison (weakest).'
	);
	SOURCE_COLUMNS.forEach(([title, width], i) => {
		bold(sheet.getRow(SOURCES_HEADER_ROW).getCell(i + 1), title);
		sheet.getColumn(i + 1).width = width;
	});
	scenario.sources.forEach((source, i) => {
		const row = sheet.getRow(SOURCES_HEADER_ROW + 1 + i);
		const cells = [
			source.id,
			source.title,
			source.publisher ?? '',
			source.date ? formatSourceDate(source.date) : '',
			source.url ?? '',
			source.quote ?? '',
			strengthLabel(source.strength),
			source.via ?? '',
			citedBy(scenario, source.id)
		];
		cells.forEach((text, c) => {
			const cell = row.getCell(c + 1);
			// Text only, never a formula, whatever the source says.
			cell.value = text;
			cell.alignment = { wrapText: true, vertical: 'top' };
		});
		if (source.url) row.getCell(5).value = { text: source.url, hyperlink: source.url };
	});
}
