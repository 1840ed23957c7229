import { BOM } from '../charts/csv';
import { roundPenniesHalfUp, type Analysis, type Measures } from '../engine/index';
import { CRLF, numberCell, textCell } from '../report/csv';
import type { ClaimCheck } from '../claims/types';
import { claimYearsLabel, VERDICT_LABELS } from '../claims/words';

export { BOM };

/**
 * The columns of the figures CSV, in order. One table, so a spreadsheet can filter it: each
 * record says what it is (`record`), which input case it is (`case`: central, low or high;
 * methodology §5), and carries money in the three measures of methodology §2.
 *
 * - `line`: one cost line in one year, central case (the CLI's per-line CSV).
 * - `option-year`: an option's total in one year, central case.
 * - `option-total`: an option's total over the period, in the central, low and high cases.
 * - `difference-year`: option minus baseline in one year, central case.
 * - `difference`: option minus baseline over the period: the central figure, and the low and
 *   high ends of its range ([X.low − B.high, X.high − B.low], methodology §5).
 * - `claim`: a claim held against the figures (methodology §6a), in its own measure's column
 *   only: the central difference, the ends of its range, the claimed amount and the verdict.
 */
export const FIGURES_CSV_HEADER = [
	'record',
	'option',
	'option_name',
	'compared_with',
	'line',
	'line_label',
	'year',
	'year_label',
	'case',
	'cash',
	'real',
	'present_value',
	'claim',
	'claimed',
	'verdict'
] as const;

type Column = (typeof FIGURES_CSV_HEADER)[number];
type Cells = Partial<Record<Column, string>>;

const MEASURE_COLUMNS = {
	cash: 'cash',
	real: 'real',
	presentValue: 'present_value'
} as const satisfies Record<keyof Measures, Column>;

/** Columns whose cells are numbers: never escaped, since a minus sign is the number's sign. */
const NUMBER_COLUMNS = new Set<Column>(['year', 'cash', 'real', 'present_value', 'claimed']);

function record(cells: Cells): string {
	return (
		FIGURES_CSV_HEADER.map((column) => {
			const value = cells[column] ?? '';
			if (value === '') return '';
			return NUMBER_COLUMNS.has(column) ? numberCell(value) : textCell(value);
		}).join(',') + CRLF
	);
}

function money(figures: Measures): Cells {
	return {
		cash: roundPenniesHalfUp(figures.cash),
		real: roundPenniesHalfUp(figures.real),
		present_value: roundPenniesHalfUp(figures.presentValue)
	};
}

/**
 * The figures of a comparison as a CSV file to download (RFC 4180, CRLF, text cells escaped
 * against formula injection, money rounded half-up to the penny from the exact figure), with
 * a UTF-8 byte-order mark in front so that Excel opens it as UTF-8. Every total is rounded
 * from the exact total, never summed from rounded parts (methodology §7).
 *
 * @param claims the scenario's claims and what the figures say of each, in order (none: no rows)
 */
export function buildFiguresCsv(analysis: Analysis, claims: readonly ClaimCheck[] = []): string {
	let csv = BOM + FIGURES_CSV_HEADER.join(',') + CRLF;
	const names = new Map(analysis.options.map((option) => [option.id, option.name]));
	const yearCells = (index: number): Cells => ({
		year: String(analysis.years[index].year),
		year_label: analysis.years[index].label
	});

	for (const option of analysis.options) {
		const who = { option: option.id, option_name: option.name };
		for (const line of option.lines) {
			line.years.forEach((figures, index) => {
				csv += record({
					record: 'line',
					...who,
					line: line.id,
					line_label: line.label,
					...yearCells(index),
					case: 'central',
					...money(figures)
				});
			});
		}
		option.years.forEach((figures, index) => {
			csv += record({
				record: 'option-year',
				...who,
				...yearCells(index),
				case: 'central',
				...money(figures)
			});
		});
		for (const which of ['central', 'low', 'high'] as const) {
			const figures = which === 'central' ? option.total : option[which];
			csv += record({ record: 'option-total', ...who, case: which, ...money(figures) });
		}
	}

	for (const comparison of analysis.comparisons) {
		const who = {
			option: comparison.option,
			option_name: names.get(comparison.option) ?? comparison.option,
			compared_with: comparison.baseline
		};
		comparison.years.forEach((figures, index) => {
			csv += record({
				record: 'difference-year',
				...who,
				...yearCells(index),
				case: 'central',
				...money(figures)
			});
		});
		csv += record({
			record: 'difference',
			...who,
			case: 'central',
			...money(comparison.difference)
		});
		for (const end of ['low', 'high'] as const) {
			const range = comparison.differenceRange;
			csv += record({
				record: 'difference',
				...who,
				case: end,
				cash: roundPenniesHalfUp(range.cash[end]),
				real: roundPenniesHalfUp(range.real[end]),
				present_value: roundPenniesHalfUp(range.presentValue[end])
			});
		}
	}

	for (const check of claims) {
		const { claim } = check;
		const column = MEASURE_COLUMNS[claim.measure];
		const common: Cells = {
			record: 'claim',
			option: claim.option,
			option_name: names.get(claim.option) ?? claim.option,
			compared_with: claim.baseline,
			year: String(claim.years),
			year_label: claimYearsLabel(analysis.years, claim.years),
			claim: claim.text,
			claimed: claim.amount,
			verdict: VERDICT_LABELS[check.verdict]
		};
		csv += record({ ...common, case: 'central', [column]: roundPenniesHalfUp(check.difference) });
		csv += record({ ...common, case: 'low', [column]: roundPenniesHalfUp(check.range.low) });
		csv += record({ ...common, case: 'high', [column]: roundPenniesHalfUp(check.range.high) });
	}
	return csv;
}
