import type { ChartConfiguration, ChartType } from 'chart.js';

/** Which of the methodology's three measures (§2) a chart shows. */
export type Measure = 'cash' | 'real' | 'presentValue';

/** Every measure, in the order the page offers them. */
export const MEASURES: readonly Measure[] = ['cash', 'real', 'presentValue'];

/** A column of a chart's table of figures. */
export interface FigureColumn {
	heading: string;
	/** `text` cells are names and labels; `money` cells are penny strings such as "-1313207.88". */
	kind: 'text' | 'money';
}

/**
 * The figures behind a chart, as the accessible table and the CSV download show them. Money
 * cells are the results document's penny strings, never JavaScript numbers, so the table and
 * the CSV carry the exact rounded figures.
 */
export interface FigureTable {
	caption: string;
	/** ISO 4217 code of every money cell. */
	currency: string;
	columns: FigureColumn[];
	rows: string[][];
	/** How many leading columns name the row (table row headers); 1 when absent. */
	rowHeaders?: number;
	/** Said under the table, for example that rounded parts may not sum to their total. */
	note?: string;
}

/**
 * A chart ready to draw: its context (style guide §26), its figures and the chart.js
 * configuration. Built by a pure function from a scenario and its results.
 */
export interface ChartModel<TType extends ChartType = ChartType> {
	/** States the chart's message in a sentence worked out from the figures. */
	title: string;
	/** What the numbers are: currency, measure and prices. */
	units: string;
	/** "Source: …", the scenario's sources behind the figures shown. */
	source: string;
	/** What the chart is, for the aria-label of its wrapper (role="img"). */
	description: string;
	table: FigureTable;
	/** The download's file name, ending ".csv". */
	csvFilename: string;
	config: ChartConfiguration<TType>;
}
