import { flushSync } from 'svelte';
import { analyse, toResultsDocument, type Analysis, type ResultsDocument } from '../engine';
import type { LineKind, Scenario } from '../engine/types';
import { MAX_LINES, MAX_OPTIONS, parseScenario } from '../schemas/scenario';
import type { Problem } from '../schemas/problems';
import {
	draftToDocument,
	newKey,
	scenarioToDraft,
	type DraftLine,
	type DraftOption,
	type ScenarioDraft
} from './draft';

/** The most options and lines the format allows: the schemas hold the limits, the editor obeys. */
export { MAX_LINES, MAX_OPTIONS };

/**
 * The comparison being edited. The draft is what the boxes hold; the scenario is the last
 * draft that passed validation, so a box being corrected never blanks the results. The
 * figures (analysis and results document) follow the scenario when `refresh` is called: the
 * page calls it straight away for a small scenario and once typing pauses for a large one, so
 * working out and drawing the results never holds up a keystroke.
 */
export class ComparisonEditor {
	draft: ScenarioDraft = $state()!;
	#lastGood: Scenario;

	readonly #parsed = $derived(parseScenario(draftToDocument(this.draft)));

	/** The last valid scenario: the draft itself when it is valid. */
	readonly scenario: Scenario = $derived.by(() => {
		if (this.#parsed.ok) this.#lastGood = this.#parsed.scenario;
		return this.#lastGood;
	});

	#figures: Figures = $state.raw()!;
	/** How long the last refresh took to work out and draw, in milliseconds. */
	#cost = 0;

	constructor(scenario: Scenario) {
		this.#lastGood = scenario;
		this.draft = scenarioToDraft(scenario);
		this.#figures = figuresOf(scenario);
	}

	/** The scenario the figures on screen are for (the last one refreshed). */
	get shownScenario(): Scenario {
		return this.#figures.scenario;
	}

	get analysis(): Analysis {
		return this.#figures.analysis;
	}

	get results(): ResultsDocument {
		return this.#figures.results;
	}

	/** True while the figures on screen are for an older scenario than the inputs give. */
	get isRefreshing(): boolean {
		return this.#figures.scenario !== this.scenario;
	}

	/** Milliseconds the last refresh took, drawing included: what the page uses to pace them. */
	get refreshCost(): number {
		return this.#cost;
	}

	/** Works out the figures for the scenario as it stands, and draws them. */
	refresh(): void {
		const scenario = this.scenario;
		if (this.#figures.scenario === scenario) return;
		const started = performance.now();
		this.#figures = figuresOf(scenario);
		flushSync();
		this.#cost = performance.now() - started;
	}

	/** What is wrong with the draft, path first; empty when it is valid. */
	get problems(): Problem[] {
		return this.#parsed.ok ? [] : this.#parsed.problems;
	}

	/** True when the results on screen are for the draft as typed. */
	get isCurrent(): boolean {
		return this.#parsed.ok;
	}

	/** Replaces everything with another scenario (a preset, an import, a saved one). */
	load(scenario: Scenario): void {
		this.#lastGood = scenario;
		this.draft = scenarioToDraft(scenario);
		this.#figures = figuresOf(scenario);
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

interface Figures {
	scenario: Scenario;
	analysis: Analysis;
	results: ResultsDocument;
}

function figuresOf(scenario: Scenario): Figures {
	const analysis = analyse(scenario);
	return { scenario, analysis, results: toResultsDocument(analysis) };
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
