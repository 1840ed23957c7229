import {
	DECODE_REASONS,
	encodeScenario,
	scenarioFromSearchParams,
	type DecodeResult
} from '$lib/codec/url-codec';
import {
	analyse,
	toResultsDocument,
	type Analysis,
	type ResultsDocument,
	type Scenario
} from '$lib/engine';
import type { OpeningFigures } from '$lib/compute/figures';
import { openingFigures } from '../opening-figures';
import { withoutControls } from '$lib/report/csv';
import { buildHeadlines } from '$lib/results/headline';
import type { LargeScenarioSummary } from '$lib/results/server-summary';
import type { Problem } from '$lib/schemas/problems';
import { parseScenario } from '$lib/schemas/scenario';
import { cardKey, genericCardKey } from '$lib/share/card-key';
import { embedView, type EmbedView } from '../../share/embed-view';
import { fitsServerRender, MAX_SERVER_RENDERED_RESULTS_CHARS } from './budget';
import { readJsonValue } from '../api/body';
import { jsonShapeProblem } from '../api/json-shape';
import { setPriority } from 'node:os';
import { isMainThread } from 'node:worker_threads';
import Tinypool, { type Transferable } from 'tinypool';

/**
 * The heavy work of the server, as tasks for the worker pool (./index.ts): every one takes
 * plain data and returns plain data (structured-clonable), so it can run in a worker thread,
 * and be stopped there by terminating the worker. In the built server this module is the
 * workers' entry; from the sources (vite dev, vitest) it runs in the calling thread.
 */

/** This module's own address: the workers' entry file once built. */
export const TASKS_URL = import.meta.url;

export type Task =
	// The request body's text: read as JSON here, in the worker, not on the event loop.
	| { kind: 'compare'; text: string }
	| { kind: 'validate'; text: string }
	| { kind: 'page'; query: string; kept?: KeptScenario }
	| { kind: 'embed'; query: string }
	| {
			kind: 'card';
			/** The scenario to draw, read and checked by a `page` task; null for the generic card. */
			scenario: Scenario | null;
			/** What the card is for (see {@link CardResult}), when it is not the scenario's own. */
			as: CardResult['kind'];
			release: string;
	  }
	| { kind: 'warm' };

/**
 * POST /api/v1/compare: the results document as UTF-8 JSON, or every problem. Bytes rather than
 * text: the largest documents run to 8 MB, and a string would be copied from the worker and
 * then encoded, both on the event loop (about 85 ms here for each); bytes are handed over whole
 * (see {@link weighed}) and sent as they are.
 */
export type CompareResult =
	{ ok: true; body: Uint8Array<ArrayBuffer> } | { ok: false; problems: Problem[] };

/** A scenario endpoint's body that is not JSON at all: the 400's detail. */
export interface NotJson {
	notJson: string;
}

/** POST /api/v1/validate. */
export interface ValidationResult {
	valid: boolean;
	problems: Problem[];
}

/**
 * A scenario kept under a short link (src/lib/server/links): its canonical JSON text, read in
 * place of a link's `s` parameter, and the release its card key is made for.
 */
export interface KeptScenario {
	text: string;
	release: string;
}

/** What a short link's page needs beyond a share link's: its full link and its card's key. */
export interface KeptExtras {
	/** The `s` parameter of the self-contained link; null when the scenario is too large for one. */
	encoded: string | null;
	cardKey: string;
}

/**
 * The comparison page's and the report's server data: the link as read (the scenario itself
 * only when the page can render it within its budget), or the summary of a larger one.
 */
export interface PageLink {
	link: DecodeResult | null;
	large: LargeScenarioSummary | null;
	/**
	 * The link's figures, packed as the engine worker sends them, when the page is rendered in
	 * full: the page opens with them, so the browser never works them out again to hydrate.
	 */
	figures?: OpeningFigures;
	/** Only for a kept scenario (a short link's page). */
	kept?: KeptExtras;
}

export type EmbedResult = { ok: true; view: EmbedView } | { ok: false; problem: string };

/** The card's key (its ETag), what kind of card it is, and the PNG. */
export interface CardResult {
	key: string;
	/**
	 * `scenario`: this link's own card; `generic`: no link; `broken`: a link that cannot be
	 * read; `too-large`: the generic card for a scenario over the pages' budget; `failed`: the
	 * generic card in place of one that could not be drawn (a bug); `busy`: the generic card,
	 * sent by the event loop when the pools could not read or draw the link in time.
	 */
	kind: 'scenario' | 'generic' | 'broken' | 'too-large' | 'failed' | 'busy';
	png: Uint8Array;
}

export type TaskResult =
	CompareResult | ValidationResult | NotJson | PageLink | EmbedResult | CardResult | WarmResult;

/** A worker is ready; a card worker sends the generic card it drew while warming up. */
export interface WarmResult {
	warm: true;
	generic: Uint8Array | null;
}

function summaryOf(
	scenario: Scenario,
	analysis: Analysis,
	results: ResultsDocument
): LargeScenarioSummary {
	return {
		title: scenario.title,
		reason: 'large',
		headlines: buildHeadlines(analysis, results).map((headline) => ({
			option: headline.option,
			before: headline.before,
			figure: headline.figure,
			after: headline.after,
			exact: headline.exact
		}))
	};
}

/**
 * The link as the page should get it: in full when the page can render it within its budget
 * (./budget.ts: its shape, then the length of its figures), else as a summary.
 */
async function pageLink(query: string, kept?: KeptScenario): Promise<PageLink> {
	const link = await readLink(query, kept);
	if (!link?.ok) return { link, large: null };
	const { scenario } = link;
	if (kept) {
		let encoded: string | null = null;
		try {
			encoded = await encodeScenario(scenario);
		} catch {
			// Too large for a self-contained link: the short link is the only one.
		}
		const extras = { encoded, cardKey: cardKey(scenario, kept.release) };
		return { ...withinBudget(link), kept: extras };
	}
	return withinBudget(link);
}

/**
 * The scenario a task reads: a share link's `s` parameter, or a kept scenario's text (parsed
 * here, in the worker, like a link: the store holds only scenarios that were valid when kept).
 */
async function readLink(query: string, kept?: KeptScenario): Promise<DecodeResult | null> {
	if (!kept) return scenarioFromSearchParams(new URLSearchParams(query));
	const parsed = parseScenario(JSON.parse(kept.text));
	if (parsed.ok) return { ok: true, scenario: parsed.scenario };
	return {
		ok: false,
		code: 'invalid-scenario',
		reason: DECODE_REASONS.invalidScenario(parsed.problems.length),
		problems: parsed.problems
	};
}

/** The link in full when the page can render it within its budget, else its summary. */
function withinBudget(link: Extract<DecodeResult, { ok: true }>): PageLink {
	const { scenario } = link;
	const analysis = analyse(scenario);
	const results = toResultsDocument(analysis);
	if (
		fitsServerRender(scenario) &&
		JSON.stringify(results).length <= MAX_SERVER_RENDERED_RESULTS_CHARS
	) {
		return {
			link,
			large: null,
			figures: openingFigures(scenario, analysis, results)
		};
	}
	return { link: null, large: summaryOf(scenario, analysis, results) };
}

async function embed(query: string): Promise<EmbedResult> {
	const link = await scenarioFromSearchParams(new URLSearchParams(query));
	if (link === null)
		return { ok: false, problem: 'This embed does not name a comparison to show.' };
	if (!link.ok) return { ok: false, problem: link.reason };
	const analysis = analyse(link.scenario);
	return { ok: true, view: embedView(link.scenario, analysis, toResultsDocument(analysis)) };
}

/** The scenario with its title and names stripped of control and bidi characters, for drawing. */
function visible(scenario: Scenario): Scenario {
	return {
		...scenario,
		title: withoutControls(scenario.title),
		options: scenario.options.map((option) => ({ ...option, name: withoutControls(option.name) }))
	};
}

/** The generic card, drawn once per worker: the same image for every link that has no card. */
let generic: Promise<Uint8Array> | undefined;

function genericPng(): Promise<Uint8Array> {
	generic ??= import('../card').then(({ genericCardTree, renderCardPng }) =>
		renderCardPng(genericCardTree())
	);
	// A failure is not kept: the next card tries again.
	generic.catch(() => (generic = undefined));
	return generic;
}

/**
 * Draws a card. The link was read, checked and sized by a `page` task in the computation pool
 * (./cards.ts), so the card worker only draws: a scenario within the pages' budget, or the
 * generic card (no link, a broken one, or a scenario over the budget).
 */
async function card(task: Extract<Task, { kind: 'card' }>): Promise<CardResult> {
	if (task.scenario === null) {
		return { key: genericCardKey(task.release), kind: task.as, png: await genericPng() };
	}
	const key = cardKey(task.scenario, task.release);
	const { buildCardTree, renderCardPng } = await import('../card');
	try {
		const scenario = visible(task.scenario);
		const analysis = analyse(scenario);
		const tree = buildCardTree(scenario, analysis, toResultsDocument(analysis));
		return { key, kind: 'scenario', png: await renderCardPng(tree) };
	} catch (error) {
		// A scenario the card cannot draw is a bug, but the link still deserves an image: the
		// generic one, kept by nobody, so the scenario's own card appears once it is fixed.
		console.error('The social card could not be drawn; sent the generic card instead.', error);
		return { key, kind: 'failed', png: await genericPng() };
	}
}

/**
 * A card worker (./index.ts) draws one card as soon as it starts: the first card loads satori's layout engine
 * and the fonts, seconds of work that would otherwise count against a visitor's time limit.
 */
async function warmUp(): Promise<void> {
	try {
		await genericPng();
	} catch (error) {
		console.error('A worker could not draw its first card; the next card will try again.', error);
	}
}

/** The card worker's warm-up, started with the worker; awaited by the `warm` task. */
const warming: Promise<void> =
	!isMainThread && process.env.CARD_WORKER === '1' ? warmUp() : Promise.resolve();

/**
 * How much a worker lowers its scheduling priority (its nice value, 0 to 19; `POOL_NICE`,
 * default 0): above 0, when the cores are short, the event loop (health checks, cached answers,
 * static files) goes first and the computations take what is left. On Linux the nice value
 * belongs to the thread, so this touches only the worker that sets it. Off by default: on the
 * shared, loaded VM, nice 10 starved the computations (5 to 34 worked out in the load script's
 * 10 s probe, against 73 at nice 0) with no measurable gain for the health check.
 */
const WORKER_NICE = Math.min(19, Math.max(0, Math.trunc(Number(process.env.POOL_NICE ?? 0)) || 0));

if (!isMainThread && WORKER_NICE > 0) {
	try {
		setPriority(WORKER_NICE);
	} catch {
		// Not allowed here (some containers): the worker runs at the server's own priority.
	}
}

/** A task's result and its weight: about its size in memory, for the result cache. */
export interface Weighed {
	result: TaskResult;
	weight: number;
}

/** The weight of a result: the length of its JSON, or of its PNG. */
function weightOf(task: Task, result: TaskResult): number {
	if (task.kind === 'card') return (result as CardResult).png.byteLength;
	if (task.kind === 'compare' && 'body' in result) return result.body.byteLength;
	return JSON.stringify(result).length;
}

/**
 * Runs one task and weighs its result (in the worker, off the event loop); the pools' entry. In
 * a worker, a results document's bytes are moved to the event loop's thread, not copied: the
 * buffer is made for this task alone, so nothing here reads it again.
 */
export async function weighed(task: Task): Promise<Weighed | Transferable> {
	const result = await runTask(task);
	const answer: Weighed = { result, weight: weightOf(task, result) };
	if (isMainThread || !('body' in result) || !result.ok) return answer;
	const moved = {
		[Tinypool.transferableSymbol]: [result.body.buffer],
		[Tinypool.valueSymbol]: answer
	};
	// tinypool sends [valueSymbol] with [transferableSymbol] moved; its type names neither key.
	return Tinypool.move(moved as unknown as Transferable) as Transferable;
}

const UTF8 = new TextEncoder();

/**
 * A scenario endpoint's body, read: JSON (exactly), then its shape (depth and field counts,
 * ../api/json-shape.ts), then the scenario's schema; each bounded by the body limit.
 */
function readScenarioText(text: string): ReturnType<typeof parseScenario> | NotJson {
	const json = readJsonValue(text);
	if (!json.ok) return { notJson: json.detail };
	const shapeProblem = jsonShapeProblem(json.value);
	if (shapeProblem !== undefined) return { ok: false, problems: [shapeProblem] };
	return parseScenario(json.value);
}

/** Runs one task. */
export default async function runTask(task: Task): Promise<TaskResult> {
	switch (task.kind) {
		case 'compare': {
			const parsed = readScenarioText(task.text);
			if ('notJson' in parsed) return parsed;
			if (!parsed.ok) return { ok: false, problems: parsed.problems };
			const document = JSON.stringify(toResultsDocument(analyse(parsed.scenario)));
			return { ok: true, body: UTF8.encode(document) };
		}
		case 'validate': {
			const parsed = readScenarioText(task.text);
			if ('notJson' in parsed) return parsed;
			return parsed.ok
				? { valid: true, problems: [] }
				: { valid: false, problems: parsed.problems };
		}
		case 'page':
			return pageLink(task.query, task.kept);
		case 'embed':
			return embed(task.query);
		case 'card':
			return card(task);
		case 'warm': {
			await warming;
			const drawn = process.env.CARD_WORKER === '1' ? await genericPng().catch(() => null) : null;
			return { warm: true, generic: drawn };
		}
	}
}
