import type { Scenario } from '../../engine/types';

/**
 * Where everything sits in the workbook, worked out before any cell is written, so that a
 * formula on one sheet can name a cell on another, and tests can find any cell without
 * searching. Rows are 1-based, as in a spreadsheet.
 */

/** The fixed sheets; option sheets go between Years and Notes. */
export const SHEETS = {
	summary: 'Summary',
	inputs: 'Inputs',
	years: 'Years',
	claims: 'Claims',
	sources: 'Sources',
	notes: 'Notes'
};

/** Rows of the scenario's settings on the Inputs sheet (value in column B). */
export const SETTING_ROWS = {
	title: 5,
	currency: 6,
	startYear: 7,
	yearBasis: 8,
	horizonYears: 9,
	weeksPerYear: 10,
	daysPerYear: 11,
	inflationPercent: 12,
	discountScheme: 13,
	discountRatePercent: 14,
	baseline: 15
} as const;

/** The heading row of the Inputs sheet's table of lines; lines follow it. */
export const LINES_HEADER_ROW = 18;

/**
 * The columns of the table of lines on the Inputs sheet, one a field of format.md. A cell is
 * empty where the line's kind has no such field.
 */
export const INPUT_COLUMNS = {
	option: 'A',
	id: 'B',
	label: 'C',
	kind: 'D',
	amount: 'E',
	per: 'F',
	periodsPerYear: 'G',
	quantity: 'H',
	quantityGrowthPercent: 'I',
	upliftPercent: 'J',
	fte: 'K',
	salary: 'L',
	onCostPercent: 'M',
	probabilityPercent: 'N',
	impact: 'O',
	percent: 'P',
	of: 'Q',
	fromYear: 'R',
	toYear: 'S',
	sources: 'T'
} as const;

export type InputColumn = keyof typeof INPUT_COLUMNS;

/** Rows of the Years sheet (years in columns from C). */
export const YEAR_ROWS = {
	year: 3,
	label: 4,
	t: 5,
	priceIndex: 6,
	discountRate: 7,
	discountFactor: 8
} as const;

/** The three blocks of an option's sheet, in order. */
export const BLOCKS = ['cash', 'real', 'presentValue'] as const;
export type Block = (typeof BLOCKS)[number];

/** The heading row of an option's sheet: "Cost line", "Total", then the years. */
export const OPTION_HEADER_ROW = 4;

/** Where one block of an option's sheet sits. */
export interface BlockRows {
	/** The block's heading: "Cash", "Real terms", "Present value". */
	title: number;
	/** One row a line, in the option's order. */
	lines: number[];
	/** The sum of the lines, year by year; its column B is the option's total. */
	total: number;
}

/** One option's sheet. */
export interface OptionSheetLayout {
	id: string;
	sheet: string;
	/** The row of each of its lines on the Inputs sheet, in the option's order. */
	inputRows: number[];
	blocks: Record<Block, BlockRows>;
}

export interface WorkbookLayout {
	horizon: number;
	options: OptionSheetLayout[];
	/** The first row after the table of lines on the Inputs sheet. */
	afterLines: number;
}

/** Names a sheet may not take: the fixed sheets', and "History", which Excel keeps for itself. */
const RESERVED = new Set([...Object.values(SHEETS), 'History'].map((name) => name.toLowerCase()));

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

/**
 * A name cut to fit `room` characters at a word boundary, with "…" to show it was cut
 * ("Independent fostering agency…"), so it reads as words, never as "… agency at". Small words
 * left dangling at the cut ("at", "the") go too. A single word longer than the room is cut
 * inside the word.
 */
function cutAtWord(name: string, room: number): string {
	if (name.length <= room) return name;
	const words = name.slice(0, room).split(' ');
	if (name[room] !== ' ' && words.length > 1) words.pop();
	while (words.length > 1 && DANGLING.has(words.at(-1)!.toLowerCase())) words.pop();
	const kept = words.join(' ').replace(/[\s,;:.-]+$/, '');
	return `${kept.slice(0, room - 1)}…`;
}

/** Words that read badly at the end of a cut name. */
const DANGLING = new Set([
	'a',
	'an',
	'and',
	'at',
	'by',
	'for',
	'in',
	'of',
	'on',
	'or',
	'the',
	'to',
	'with'
]);

/**
 * A sheet name for an option: its name without the characters Excel refuses ([ ] : * ? / \),
 * without quotes at either end, at most 31 characters (cut at a word, with "…"), and unlike
 * every name already used (a number is added: "Agency (2)").
 */
export function optionSheetName(name: string, used: Set<string>): string {
	const cleaned =
		name
			.replace(/[[\]:*?/\\]/g, '-')
			.replace(/\s+/g, ' ')
			.replace(/^'+|'+$/g, '')
			.trim() || 'Option';
	let candidate = cutAtWord(cleaned, MAX_SHEET_NAME);
	for (let n = 2; RESERVED.has(candidate.toLowerCase()) || used.has(candidate.toLowerCase()); n++) {
		const suffix = ` (${n})`;
		candidate = cutAtWord(cleaned, MAX_SHEET_NAME - suffix.length) + suffix;
	}
	used.add(candidate.toLowerCase());
	return candidate;
}

/** Where every line, block and total of a scenario's workbook sits. */
export function workbookLayout(scenario: Scenario): WorkbookLayout {
	const used = new Set<string>();
	let inputRow = LINES_HEADER_ROW + 1;
	const options = scenario.options.map((option): OptionSheetLayout => {
		const count = option.lines.length;
		const inputRows = option.lines.map(() => inputRow++);
		const blockAt = (index: number): BlockRows => {
			const title = OPTION_HEADER_ROW + 1 + index * (count + 3);
			return {
				title,
				lines: option.lines.map((_, i) => title + 1 + i),
				total: title + 1 + count
			};
		};
		return {
			id: option.id,
			sheet: optionSheetName(option.name, used),
			inputRows,
			blocks: { cash: blockAt(0), real: blockAt(1), presentValue: blockAt(2) }
		};
	});
	return { horizon: scenario.horizonYears, options, afterLines: inputRow };
}
