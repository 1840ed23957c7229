/// <reference lib="webworker" />
/**
 * The engine worker: validation and the whole analysis run here, off the page's main thread,
 * so typing never waits for them. Each request is answered in two stages (`workOutInStages`):
 * the headline's figures first, then the whole figures, worked out in steps of a few
 * milliseconds, each in a task of its own. A valid request that arrives in between
 * supersedes the rest of the older one, which is never finished: the worker goes straight on
 * to the newer request. While a step is being taken, any requests that arrive are held and
 * only the newest is worked out next, so a burst of keystrokes costs one analysis, not one each.
 */
import './jitless';
import type { EngineReply, EngineRequest } from './engine-client';
import { workOutInStages, type WorkedFigures } from './figures';

let latest: EngineRequest | undefined;
/** The second stage of the request last answered in part, as steps still to take. */
let rest: { id: number; steps: Generator<void, WorkedFigures> } | undefined;
let scheduled = false;

// Steps are taken in tasks of their own, queued as messages: a chain of timers would be held
// back by the browser's minimum delay, and requests from the page queue up in between.
const tick = new MessageChannel();
tick.port1.onmessage = step;

self.onmessage = (event: MessageEvent<EngineRequest>) => {
	latest = event.data;
	schedule();
};

/** A task of its own, so requests already queued behind this one arrive (and supersede it) first. */
function schedule(): void {
	if (scheduled) return;
	scheduled = true;
	tick.port2.postMessage(null);
}

function step(): void {
	scheduled = false;
	const request = latest;
	latest = undefined;
	if (request) return first(request);
	if (!rest) return;
	const { id, steps } = rest;
	const next = attempt(() => steps.next());
	if (next && !next.done) return schedule();
	rest = undefined;
	post(id, true, next ? next.value : null);
}

/**
 * The first stage of `request`. Its second stage replaces any older one still to finish; a
 * request with problems (or that the engine fails on) has none, and leaves the older one to
 * finish, as the page still shows that one's headline and waits for its tables.
 */
function first(request: EngineRequest): void {
	const stages = attempt(() => workOutInStages(request.document));
	if (!stages) post(request.id, true, null);
	else post(request.id, !stages.rest, stages.first);
	if (stages?.rest) rest = { id: request.id, steps: stages.rest };
	if (rest) schedule();
}

/** What `work` gives, or null when the engine fails unexpectedly (the page keeps its figures). */
function attempt<T>(work: () => T): T | null {
	try {
		return work();
	} catch {
		return null;
	}
}

function post(id: number, complete: boolean, outcome: EngineReply['outcome']): void {
	self.postMessage({ id, complete, outcome } satisfies EngineReply);
}
