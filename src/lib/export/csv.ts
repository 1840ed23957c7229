import { BOM } from '../charts/csv';
import type { Analysis } from '../engine/index';
import { buildLinesCsv } from '../report/csv';

export { BOM };

/**
 * The figures of a comparison as a CSV file to download: every option's cost lines year by
 * year, central case, in cash, real terms and present value, one record per option, line and
 * year (the CLI's `buildLinesCsv`: RFC 4180, CRLF, text cells escaped against formula
 * injection, money rounded half-up to the penny from the exact figure), with a UTF-8
 * byte-order mark in front so that Excel opens it as UTF-8.
 */
export function buildFiguresCsv(analysis: Analysis): string {
	return BOM + buildLinesCsv(analysis);
}
