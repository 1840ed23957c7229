import type { Worksheet } from 'exceljs';
import type { Analysis } from '../../engine/index';
import type { Scenario } from '../../engine/types';
import type { ClaimCheck } from '../../claims/types';
import {
	CLAIM_MEASURE_LABELS,
	claimYearsLabel,
	requirementViews,
	VERDICT_LABELS,
	verdictSentence
} from '../../claims/words';
import { FIGURE_WIDTH, MONEY_FORMAT, toNumber } from './cells';
import { bold, heading, note } from './style';

/**
 * The Claims sheet: each claim held against the figures (methodology §6a), with who made it,
 * the comparison and measure, the claimed amount, the central difference and its range from
 * the comparator, the verdict in words and the inputs that would have to change.
 */

/** The columns of the Claims sheet, in order, with their widths in characters. */
export const CLAIM_COLUMNS = [
	['Claim', 50],
	['Who said it', 30],
	['Option', 28],
	['Against', 28],
	['Measure', 14],
	['Years', 20],
	['Claimed', FIGURE_WIDTH],
	['Difference (central)', FIGURE_WIDTH],
	['Range low', FIGURE_WIDTH],
	['Range high', FIGURE_WIDTH],
	['Verdict', 18],
	['In words', 70],
	['What would have to change', 70]
] as const;

export const CLAIMS_HEADER_ROW = 4;

/** Writes the Claims sheet. */
export function writeClaimsSheet(
	sheet: Worksheet,
	scenario: Scenario,
	analysis: Analysis,
	claims: readonly ClaimCheck[]
): void {
	heading(sheet.getCell('A1'), 'Claims checked against the figures');
	note(
		sheet.getCell('A2'),
		'Figures from the comparator, not formulas. A claim within the range is allowed by these figures, not proved by them.'
	);
	CLAIM_COLUMNS.forEach(([title, width], i) => {
		bold(sheet.getRow(CLAIMS_HEADER_ROW).getCell(i + 1), title);
		sheet.getColumn(i + 1).width = width;
	});
	const name = (id: string): string =>
		scenario.options.find((option) => option.id === id)?.name ?? id;
	claims.forEach((check, i) => {
		const { claim } = check;
		const source = scenario.sources.find((each) => each.id === claim.source);
		const row = sheet.getRow(CLAIMS_HEADER_ROW + 1 + i);
		const values = [
			claim.text,
			source ? [source.publisher, source.title].filter(Boolean).join(': ') : '',
			name(claim.option),
			name(claim.baseline),
			CLAIM_MEASURE_LABELS[claim.measure],
			claimYearsLabel(analysis.years, claim.years),
			toNumber(claim.amount),
			toNumber(check.difference),
			toNumber(check.range.low),
			toNumber(check.range.high),
			VERDICT_LABELS[check.verdict],
			verdictSentence(check, analysis.currency),
			requirementViews(scenario, check, analysis.currency)
				.map((view) => view.sentence)
				.join(' ')
		];
		values.forEach((value, c) => {
			const cell = row.getCell(c + 1);
			cell.value = value;
			if (typeof value === 'number') cell.numFmt = MONEY_FORMAT;
			else cell.alignment = { wrapText: true, vertical: 'top' };
		});
	});
}
