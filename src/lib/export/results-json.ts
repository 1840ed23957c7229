import { toResultsDocument, type Analysis, type ResultsDocument } from '../engine/index';

/**
 * The results document of the exchange format (format.md, "Results") as a file's text: the
 * engine's `toResultsDocument`, every figure a string rounded half-up to the penny, indented
 * by two spaces, with a closing newline, exactly as the CLI and the API write it.
 *
 * @param results the document, when the caller has it already; else made from `analysis`
 */
export function buildResultsJson(analysis: Analysis, results?: ResultsDocument): string {
	return `${JSON.stringify(results ?? toResultsDocument(analysis), null, 2)}\n`;
}
