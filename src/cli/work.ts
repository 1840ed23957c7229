/**
 * The command line's work once it has its input: validate the scenario, compare its options and
 * write the results in the format asked for. compare.ts imports this only when there is a file
 * to read, so that `--help` and usage errors load none of the validator or the engine.
 */
import { analyse, toResultsDocument } from '../lib/engine/index';
import { buildLinesCsv } from '../lib/report/csv';
import { buildTable } from '../lib/report/table';
import { formatProblem } from '../lib/schemas/problems';
import { parseScenario } from '../lib/schemas/scenario';
import { parseJsonText } from '../lib/schemas/json-text';
import type { Format } from './compare';
import { InputError } from './input-error';

/** Decodes UTF-8 (a leading byte-order mark is dropped) and parses JSON. */
function parseJson(name: string, bytes: Uint8Array): unknown {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new InputError([`${name}: not valid UTF-8 text`]);
	}
	try {
		return parseJsonText(text);
	} catch (error) {
		const reason = error instanceof Error ? error.message.replace(/\s+/g, ' ').trim() : '';
		throw new InputError([`${name}: not valid JSON${reason ? ` (${reason})` : ''}`]);
	}
}

/**
 * The comparison of the scenario in `bytes` (read from `name`) as the text to print, or an
 * InputError listing every problem with it by its path.
 */
export function compareBytes(name: string, bytes: Uint8Array, format: Format): string {
	const parsed = parseScenario(parseJson(name, bytes));
	if (!parsed.ok) {
		const problems = parsed.problems.map(formatProblem);
		throw new InputError(problems.length > 0 ? problems : [`${name}: not a valid scenario`]);
	}
	const analysis = analyse(parsed.scenario);
	if (format === 'json') return JSON.stringify(toResultsDocument(analysis), null, 2) + '\n';
	if (format === 'table') return buildTable(parsed.scenario, analysis);
	return buildLinesCsv(analysis, parsed.scenario);
}
