/**
 * The one function that turns a scenario document into figures, shared by the page's engine
 * worker, and open to the server and the command line: it validates the document with the
 * format's schemas, runs the engine, and gives back only serialisable data (the exact
 * analysis packed as decimal strings, the results document, or the problems found).
 */
import { analyse, toResultsDocument, type Analysis, type ResultsDocument } from '../engine';
import type { Scenario } from '../engine/types';
import type { Problem } from '../schemas/problems';
import { parseScenario } from '../schemas/scenario';
import { pack, packAnalysis, type Packed, type PackedAnalysis } from './packed';

/** The figures for a valid document: every value a string, a number, a boolean or null. */
export interface WorkedFigures {
	ok: true;
	/** The document as the engine read it, with every default applied. */
	scenario: Scenario;
	/** The exact analysis, packed ({@link unpackAnalysis} makes it an `Analysis` again). */
	analysis: PackedAnalysis;
	/** The same figures rounded to the penny (format.md, results document), packed. */
	results: Packed<ResultsDocument>;
}

/** What is wrong with an invalid document, path first (format.md, "Errors"). */
export interface Rejected {
	ok: false;
	problems: Problem[];
}

export type FiguresOutcome = WorkedFigures | Rejected;

/** Validates `document` (untrusted, already parsed JSON) and works out its figures. */
export function workOutFigures(document: unknown): FiguresOutcome {
	const parsed = parseScenario(document);
	if (!parsed.ok) return { ok: false, problems: parsed.problems };
	return figuresFor(parsed.scenario);
}

/** The figures of a scenario that is already valid. */
export function figuresFor(scenario: Scenario): WorkedFigures {
	const analysis: Analysis = analyse(scenario);
	return { ok: true, ...packFigures(scenario, analysis, toResultsDocument(analysis)) };
}

/**
 * The figures a page opens with, worked out by the server (or, for a scenario too large for
 * it, by the page's load function) and packed as the worker packs them, so that hydrating the
 * page works nothing out.
 */
export type OpeningFigures = Omit<WorkedFigures, 'ok'>;

export function packFigures(
	scenario: Scenario,
	analysis: Analysis,
	results: ResultsDocument
): OpeningFigures {
	return { scenario, analysis: packAnalysis(analysis), results: pack(results) };
}
