import type { Analysis, ResultsDocument } from '../engine';
import type { LineKind, Scenario } from '../engine/types';
import { MAX_LINES, MAX_OPTIONS } from '../schemas/limits';
import type { Problem } from '../schemas/problems';
import type { HeadlineView } from '../results/headline';
import type { FiguresOutcome, OpeningFigures } from '../compute/figures';
import { unpack, unpackAnalysis } from '../compute/packed';
import { EngineClient, startEngineWorker, type Stage } from '../compute/engine-client';
import {
	draftToDocument,
	newKey,
	scenarioToDraft,
	withBiasRate,
	type BiasRate,
	type DraftLine,
	type DraftRange,
	type DraftOption,
	type ScenarioDraft
} from './draft';

/** The most options and lines the format allows: the schemas hold the limits, the editor obeys. */
export { MAX_LINES, MAX_OPTIONS };

/**
 * The comparison being edited. The draft is what the boxes hold; the scenario is the last
 * draft that passed validation, so a box being corrected never blanks the results.
 *
 * Validation and the figures are worked out in the engine worker (`$lib/compute`), never on
 * the main thread while someone types: the page calls `submit` whenever the draft changes,
 * and the newest draft's outcome comes back a few milliseconds later, in two stages. The
 * headline's figures (`analysis`, `results`) change as soon as the first is back: every total,
 * range, comparison and claim, but no figure year by year (those lists are empty until the
 * second stage, the whole figures, replaces them). The whole figures for everything below the
 * headline (`later`) follow once the headline has been painted, so the headline never waits
 * for the worker's rounding and packing of a large scenario's years, nor for the tables. The
 * figures the page opens with come with it, worked out by the server and packed as the worker
 * packs them, so hydrating works nothing out and the engine never loads on the main thread.
 */
export class ComparisonEditor {
	draft: ScenarioDraft = $state()!;
	#scenario: Scenario = $state.raw()!;
	#problems: Problem[] = $state.raw([]);
	#figures: Figures = $state.raw()!;
	#later: Figures = $state.raw()!;
	/** The newest whole figures (the headline's may be newer, and have no year-by-year lists). */
	#whole: Figures;
	#waiting = $state(false);
	/** The figures the page opened with, and the server's headlines for them. */
	#opening: Figures;
	#openingHeadlines: readonly HeadlineView[] | undefined;
	// The settings the boxes' hints quote, each a derived of its own: a hundred lines read
	// them, and a new scenario with the same settings then changes none of them.
	#weeksPerYear = $derived(this.#scenario.weeksPerYear);
	#daysPerYear = $derived(this.#scenario.daysPerYear);
	#horizonYears = $derived(this.#scenario.horizonYears);

	/** The document last sent to (or loaded without) the engine, as JSON: unchanged drafts are not resent. */
	#sentText = '';
	#engine: EngineClient | undefined;
	#laterScheduled = false;

	constructor(opening: OpeningFigures) {
		const { scenario } = opening;
		this.#scenario = scenario;
		this.draft = scenarioToDraft(scenario);
		this.#figures = this.#later = this.#whole = this.#opening = unpackFigures(opening);
		this.#openingHeadlines = opening.headlines;
		this.#sentText = JSON.stringify(draftToDocument(this.draft));
	}

	/** The last valid scenario: the draft itself when it is valid. */
	get scenario(): Scenario {
		return this.#scenario;
	}

	/** The last valid scenario's weeks in a year. */
	get weeksPerYear(): string {
		return this.#weeksPerYear;
	}

	/** The last valid scenario's days in a year. */
	get daysPerYear(): string {
		return this.#daysPerYear;
	}

	/** The last valid scenario's number of years. */
	get horizonYears(): number {
		return this.#horizonYears;
	}

	/**
	 * The headlines the server drew for the figures the page opened with, while those are the
	 * figures shown (undefined after, or when it drew none): hydrating the page need not write
	 * them again.
	 */
	get openingHeadlines(): readonly HeadlineView[] | undefined {
		return this.#figures === this.#opening ? this.#openingHeadlines : undefined;
	}

	/** The scenario the headline's figures are for (the last one worked out). */
	get shownScenario(): Scenario {
		return this.#figures.scenario;
	}

	get analysis(): Analysis {
		return this.#figures.analysis;
	}

	get results(): ResultsDocument {
		return this.#figures.results;
	}

	/**
	 * The figures for the tables, charts and downloads below the headline: the whole figures,
	 * once the headline has been painted.
	 */
	get later(): Figures {
		return this.#later;
	}

	/** True while the figures on screen are for an older draft than the boxes hold. */
	get isRefreshing(): boolean {
		return this.#waiting;
	}

	/** What is wrong with the draft, path first; empty when it is valid. */
	get problems(): Problem[] {
		return this.#problems;
	}

	/** True when the results on screen are for the draft as typed. */
	get isCurrent(): boolean {
		return this.#problems.length === 0;
	}

	/**
	 * Sends the draft to the engine if it has changed since last sent. Reads the whole draft, so
	 * an effect that calls it runs again on every edit. Only in the browser.
	 */
	submit(): void {
		const document = draftToDocument(this.draft);
		const text = JSON.stringify(document);
		if (text === this.#sentText) return;
		this.#sentText = text;
		this.#waiting = true;
		// The parsed copy: plain data the worker can be sent (the draft's arrays are proxies).
		this.#start().request(JSON.parse(text));
	}

	/**
	 * Starts the engine worker ahead of the first edit, so its code (the schemas and the engine)
	 * is loaded and ready by then. Only in the browser, after the first paint.
	 */
	warmUp(): void {
		this.#start();
	}

	#start(): EngineClient {
		this.#engine ??= new EngineClient(startEngineWorker(), (outcome, stage) =>
			this.#receive(outcome, stage)
		);
		return this.#engine;
	}

	/** Stops the engine worker (the page is going). */
	dispose(): void {
		this.#engine?.dispose();
		this.#engine = undefined;
	}

	/**
	 * The worker's answers (`Stage` in the engine client). The headline's figures go to the
	 * headline alone; the whole figures go on to the rest of the page once the headline has
	 * been painted. The rest of a headline on show leaves the headline, the scenario and any
	 * problems as they are: the draft may have changed since.
	 */
	#receive(outcome: FiguresOutcome, stage: Stage): void {
		this.#waiting = this.#engine?.busy ?? false;
		if (!outcome.ok) {
			this.#problems = outcome.problems;
			return;
		}
		if (stage === 'rest') {
			this.#whole = unpackFigures(outcome);
			return this.#scheduleLater();
		}
		// A new empty list would change every box's messages, each read by a hundred boxes.
		if (this.#problems.length > 0) this.#problems = [];
		this.#scenario = outcome.scenario;
		this.#figures = unpackFigures(outcome);
		if (stage === 'headline') return;
		this.#whole = this.#figures;
		this.#scheduleLater();
	}

	/** After the next paint (the headline's), hands the figures on to the rest of the page. */
	#scheduleLater(): void {
		if (this.#laterScheduled) return;
		this.#laterScheduled = true;
		const handOn = (): void => {
			this.#laterScheduled = false;
			this.#later = this.#whole;
		};
		if (typeof requestAnimationFrame === 'function')
			requestAnimationFrame(() => setTimeout(handOn, 0));
		else handOn();
	}

	/** Replaces everything with another scenario (a preset, an import, a saved one). */
	load(scenario: Scenario): void {
		this.#scenario = scenario;
		if (this.#problems.length > 0) this.#problems = [];
		this.draft = scenarioToDraft(scenario);
		// The figures follow from the engine worker when the page submits the new draft.
	}

	addOption(): void {
		if (this.draft.options.length >= MAX_OPTIONS) return;
		const id = uniqueId(
			'option',
			this.draft.options.map((o) => o.id)
		);
		this.draft.options.push({
			key: newKey(),
			id,
			name: `Option ${this.draft.options.length + 1}`,
			kind: 'other',
			lines: []
		});
	}

	removeOption(index: number): void {
		if (this.draft.options.length <= 1) return;
		const [removed] = this.draft.options.splice(index, 1);
		if (removed.id === this.draft.baseline) this.draft.baseline = this.draft.options[0].id;
	}

	duplicateOption(index: number): void {
		if (this.draft.options.length >= MAX_OPTIONS) return;
		const original = this.draft.options[index];
		const copy: DraftOption = {
			...$state.snapshot(original),
			key: newKey(),
			id: uniqueId(
				`${original.id}-copy`,
				this.draft.options.map((o) => o.id)
			),
			name: `${original.name} (copy)`
		};
		copy.lines = copy.lines.map((line) => ({ ...line, key: newKey() }));
		this.draft.options.splice(index + 1, 0, copy);
	}

	moveOption(index: number, by: -1 | 1): void {
		move(this.draft.options, index, by);
	}

	/**
	 * Sets one optimism bias rate of an option as typed (methodology §4a). Both rates left at 0
	 * or empty leave the option without bias in the document (draft.ts, `biasDocument`).
	 */
	setOptimismBias(optionIndex: number, rate: BiasRate, value: DraftRange): void {
		const option = this.draft.options[optionIndex];
		if (!option) return;
		option.optimismBias = withBiasRate(option.optimismBias, rate, value);
	}

	addLine(optionIndex: number, kind: LineKind): void {
		const option = this.draft.options[optionIndex];
		if (option.lines.length >= MAX_LINES) return;
		const id = uniqueId(
			kind === 'percentOf' ? 'overhead' : 'line',
			option.lines.map((l) => l.id)
		);
		option.lines.push(newLine(kind, id));
	}

	removeLine(optionIndex: number, lineIndex: number): void {
		const option = this.draft.options[optionIndex];
		const [removed] = option.lines.splice(lineIndex, 1);
		for (const line of option.lines) {
			if (line.of) line.of = line.of.filter((id) => id !== removed.id);
		}
	}

	duplicateLine(optionIndex: number, lineIndex: number): void {
		const option = this.draft.options[optionIndex];
		if (option.lines.length >= MAX_LINES) return;
		const original = option.lines[lineIndex];
		const copy: DraftLine = {
			...$state.snapshot(original),
			key: newKey(),
			id: uniqueId(
				`${original.id}-copy`,
				option.lines.map((l) => l.id)
			),
			label: `${original.label} (copy)`
		};
		option.lines.splice(lineIndex + 1, 0, copy);
	}

	moveLine(optionIndex: number, lineIndex: number, by: -1 | 1): void {
		move(this.draft.options[optionIndex].lines, lineIndex, by);
	}
}

/** A scenario and its figures, exact and to the penny. */
export interface Figures {
	scenario: Scenario;
	analysis: Analysis;
	results: ResultsDocument;
}

function unpackFigures({ scenario, analysis, results }: OpeningFigures): Figures {
	return { scenario, analysis: unpackAnalysis(analysis), results: unpack(results) };
}

/** A line of a kind with its boxes ready to type in; required numbers start at 0. */
export function newLine(kind: LineKind, id: string): DraftLine {
	const common = { key: newKey(), id, kind, sources: [] };
	switch (kind) {
		case 'recurring':
			return { ...common, label: 'New cost', amount: '0', per: 'week', quantity: '1' };
		case 'staff':
			return { ...common, label: 'Staff', fte: '1', salary: '0', onCostPercent: '0' };
		case 'oneOff':
			return { ...common, label: 'One-off cost', amount: '0', year: '1' };
		case 'risk':
			return { ...common, label: 'Risk', probabilityPercent: '0', impact: '0' };
		case 'percentOf':
			return { ...common, label: 'Overhead', percent: '0', of: [] };
	}
}

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
export function uniqueId(base: string, taken: readonly string[]): string {
	const stem = base.slice(0, 60);
	if (!taken.includes(stem)) return stem;
	for (let n = 2; ; n++) if (!taken.includes(`${stem}-${n}`)) return `${stem}-${n}`;
}

function move<T>(list: T[], index: number, by: -1 | 1): void {
	const to = index + by;
	if (to < 0 || to >= list.length) return;
	[list[index], list[to]] = [list[to], list[index]];
}
