/**
 * The one function that turns a scenario document into figures, shared by the page's engine
 * worker, and open to the server and the command line: it validates the document with the
 * format's schemas, runs the engine, and gives back only serialisable data (the exact
 * analysis packed as decimal strings, the results document, or the problems found).
 */
import { analyse, toResultsDocument, type Analysis, type ResultsDocument } from '../engine';
import type { Scenario } from '../engine/types';
import type { PresetOrigin } from '../presets/origin';
import type { HeadlineView } from '../results/headline';
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
 * Validates `document` and works its figures out in two stages, for the page's engine worker:
 * `first` has the headline's figures (or the problems), and `rest`, when there is one, works
 * out the whole figures a step at a time. The headline needs every total, range, comparison
 * and claim but no figure year by year, and those are most of the work of a large scenario:
 * each option's years, rounding each to the penny for the results document and packing the
 * exact ones for the trip (the analysis itself is done once, in the first stage). So the page
 * can show the new headline before the tables, and the worker can stop working out the rest
 * between steps when a newer draft comes.
 */
export function workOutInStages(document: unknown): {
	first: FiguresOutcome;
	rest?: Generator<void, WorkedFigures>;
} {
	const parsed = parseScenario(document);
	if (!parsed.ok) return { first: { ok: false, problems: parsed.problems } };
	const scenario = parsed.scenario;
	const analysis = analyse(scenario);
	const headline = withoutYears(analysis);
	return {
		first: { ok: true, ...packFigures(scenario, headline, toResultsDocument(headline)) },
		rest: wholeFigures(scenario, analysis)
	};
}

/**
 * The whole figures of `analysis`, in steps of a few milliseconds each on a large scenario
 * (every step after the first is one `next()`): each option's years, rounded for the results
 * document and packed, one option a step (the engine works each year-by-year list out when it
 * is first read), then the rest around them. The same figures as `packFigures` gives, field
 * for field: packing is done value by value, so a packed option is the same alone or in place.
 */
function* wholeFigures(scenario: Scenario, analysis: Analysis): Generator<void, WorkedFigures> {
	const { currency, years } = analysis;
	const packedOptions: unknown[] = [];
	const resultOptions: unknown[] = [];
	for (const option of analysis.options) {
		const alone: Analysis = { currency, years, options: [option], comparisons: [] };
		packedOptions.push(pack(option));
		resultOptions.push(pack(toResultsDocument(alone).options[0]));
		yield;
	}
	// Everything but the options, in the engine's order of fields.
	const frame: Analysis = {
		currency,
		years,
		options: [],
		comparisons: analysis.comparisons,
		...(analysis.claims === undefined ? {} : { claims: analysis.claims })
	};
	return {
		ok: true,
		scenario,
		analysis: { ...packAnalysis(frame), options: packedOptions } as PackedAnalysis,
		results: {
			...pack(toResultsDocument(frame)),
			options: resultOptions
		} as Packed<ResultsDocument>
	};
}

/**
 * The analysis without its figures year by year (every `years` list of options, lines and
 * comparisons empty): what the headline, the totals, the claims and the context read.
 */
export function withoutYears(analysis: Analysis): Analysis {
	return {
		currency: analysis.currency,
		years: analysis.years,
		options: analysis.options.map((option) => ({
			id: option.id,
			name: option.name,
			total: option.total,
			low: option.low,
			high: option.high,
			years: [],
			lines: option.lines.map((line) => ({
				id: line.id,
				label: line.label,
				kind: line.kind,
				total: line.total,
				years: []
			}))
		})),
		// Field by field, not spread: the engine works a year-by-year list out only when it is
		// read, and a spread would read it.
		comparisons: analysis.comparisons.map((comparison) => ({
			option: comparison.option,
			baseline: comparison.baseline,
			difference: comparison.difference,
			differenceRange: comparison.differenceRange,
			years: [],
			breakEvenYear: comparison.breakEvenYear,
			sensitivity: comparison.sensitivity,
			switchingValues: comparison.switchingValues
		})),
		...(analysis.claims === undefined ? {} : { claims: analysis.claims })
	};
}

/**
 * The figures a page opens with, worked out by the server (or, for a scenario too large for
 * it, by the page's load function) and packed as the worker packs them, so that hydrating the
 * page works nothing out. The server's also carry what it drew from them (see
 * `openingFigures` in $lib/server), so that hydrating does not work that out again: the
 * headlines, and the preset the scenario started from (null for none).
 */
export type OpeningFigures = Omit<WorkedFigures, 'ok'> & {
	headlines?: HeadlineView[];
	origin?: PresetOrigin | null;
};

export function packFigures(
	scenario: Scenario,
	analysis: Analysis,
	results: ResultsDocument
): OpeningFigures {
	return { scenario, analysis: packAnalysis(analysis), results: pack(results) };
}
