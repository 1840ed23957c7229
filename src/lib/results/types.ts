import type { Analysis, ResultsDocument, Scenario } from '../engine/index';
import type { FigureRef } from '../workings/types';

/** What every results component is given: the page computes these once and passes them down. */
export interface ResultsProps {
	/** The validated scenario: names, labels and inputs as entered. */
	scenario: Scenario;
	/** The engine's exact, unrounded figures for the scenario. */
	analysis: Analysis;
	/** The same figures rounded to the penny, as format.md exports them. */
	results: ResultsDocument;
	/** Show only the comparison of this option with the baseline; all comparisons when absent. */
	comparison?: string;
}

/** Keeps the views of the comparison asked for, or all of them. */
export function onlyComparison<T extends { option: string }>(
	views: readonly T[],
	comparison?: string
): readonly T[] {
	return comparison === undefined ? views : views.filter((view) => view.option === comparison);
}

/** A money figure as shown, with the reference that opens its working (issue 3). */
export interface MoneyFigure {
	/** The figure as the view shows it: "£1,723,800.00", "1,633", "£318.63 a week". */
	text: string;
	/** Which figure it is, for `buildWorking` in `$lib/workings`. */
	ref: FigureRef;
}

/** A sentence with one figure in it that can be opened: `before + figure.text + after`. */
export interface FigureInSentence {
	before: string;
	figure: MoneyFigure;
	after: string;
}

/**
 * What a results component takes to make its money figures openable. Without `onopen` (a
 * server-rendered report, an embed) every figure is plain text.
 */
export interface OpenFigureProps {
	/** Called with the figure's reference when a figure is activated; figures are buttons only when given. */
	onopen?: (ref: FigureRef) => void;
	/** The figure whose working is showing, marked `aria-expanded="true"`. */
	openRef?: FigureRef | null;
	/** The id of the element the working is shown in, for `aria-controls`. */
	controls?: string;
}
