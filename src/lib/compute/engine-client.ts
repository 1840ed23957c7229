/**
 * The page's side of the engine worker. At most one request is in the worker at a time; a
 * newer draft replaces the one waiting to be sent, and a reply to anything but the newest
 * request is dropped, so the figures shown only ever move forward and a fast typist never
 * queues up stale work. Where workers are unavailable (or the worker fails), the same
 * function runs on the main thread, loaded when first needed.
 */
import type { Scenario } from '../engine/types';
import type { FiguresOutcome, WorkedFigures } from './figures';

export interface EngineRequest {
	id: number;
	/** A scenario document, as a form or a file gives it: not yet validated. */
	document: unknown;
	/**
	 * True when `document` is a scenario already validated (the one a page opens with, read on
	 * the server): its figures are worked out without validating it again.
	 */
	valid?: boolean;
}

export interface EngineReply {
	id: number;
	/** Null when the engine failed unexpectedly: the page keeps what it shows. */
	outcome: FiguresOutcome | null;
}

/** The part of a Worker the client uses, so the queueing can be tested without one. */
export interface WorkerLike {
	postMessage(message: EngineRequest): void;
	onmessage: ((event: MessageEvent<EngineReply>) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
	terminate(): void;
}

export type OnOutcome = (outcome: FiguresOutcome) => void;

/** Works out a request's figures: what the worker does, and the main thread where it cannot. */
export function outcomeOf(
	request: EngineRequest,
	figures: typeof import('./figures')
): FiguresOutcome | null {
	try {
		return request.valid
			? figures.figuresFor(request.document as Scenario)
			: figures.workOutFigures(request.document);
	} catch {
		return null;
	}
}

export class EngineClient {
	#worker: WorkerLike | null;
	#onOutcome: OnOutcome;
	#onFailure: (() => void) | undefined;
	#nextId = 1;
	/** The request in the worker, if any. */
	#inFlight: number | null = null;
	/** The newest document not yet sent, waiting for the worker to be free. */
	#waiting: unknown = undefined;
	#waitingValid = false;
	#hasWaiting = false;
	#latestId = 0;
	/** The document in the worker, to work out again here if the worker fails. */
	#sent: unknown = undefined;
	#sentValid = false;

	constructor(worker: WorkerLike | null, onOutcome: OnOutcome) {
		this.#worker = worker;
		this.#onOutcome = onOutcome;
		if (worker) {
			worker.onmessage = (event) => this.#reply(event.data);
			worker.onerror = () => this.#fallBack();
		}
	}

	/**
	 * Hands the figures to another listener from now on; `onFailure` hears when the newest
	 * request's figures could not be worked out.
	 */
	listen(onOutcome: OnOutcome, onFailure?: () => void): void {
		this.#onOutcome = onOutcome;
		this.#onFailure = onFailure;
	}

	/**
	 * Asks for the figures of `document`; supersedes every earlier request. `valid`: the
	 * document is a scenario already validated ({@link EngineRequest.valid}).
	 */
	request(document: unknown, valid = false): void {
		this.#waiting = document;
		this.#waitingValid = valid;
		this.#hasWaiting = true;
		if (this.#inFlight === null) this.#send();
	}

	/** True while a request is being worked out or waiting to be. */
	get busy(): boolean {
		return this.#inFlight !== null || this.#hasWaiting;
	}

	dispose(): void {
		this.#worker?.terminate();
		this.#worker = null;
	}

	#send(): void {
		if (!this.#hasWaiting) return;
		const request: EngineRequest = { id: this.#nextId++, document: this.#waiting };
		if (this.#waitingValid) request.valid = true;
		this.#waiting = undefined;
		this.#hasWaiting = false;
		this.#latestId = request.id;
		this.#inFlight = request.id;
		this.#sent = request.document;
		this.#sentValid = this.#waitingValid;
		if (this.#worker) this.#worker.postMessage(request);
		else void this.#onMainThread(request);
	}

	#reply(reply: EngineReply): void {
		if (reply.id !== this.#inFlight) return;
		this.#inFlight = null;
		// Only the newest request's figures are shown; an older reply just frees the worker.
		if (!this.#hasWaiting && reply.id === this.#latestId) {
			if (reply.outcome) this.#onOutcome(reply.outcome);
			else this.#onFailure?.();
		}
		this.#send();
	}

	async #onMainThread(request: EngineRequest): Promise<void> {
		const figures = await import('./figures');
		this.#reply({ id: request.id, outcome: outcomeOf(request, figures) });
	}

	/** The worker could not start or crashed: finish the work on the main thread. */
	#fallBack(): void {
		this.#worker?.terminate();
		this.#worker = null;
		if (this.#inFlight === null) return;
		this.#inFlight = null;
		if (!this.#hasWaiting) this.request(this.#sent, this.#sentValid);
		else this.#send();
	}
}

/**
 * The engine worker started for a page's first figures, kept for the page's editor: at most
 * one waits to be taken.
 */
let spare: EngineClient | undefined;

/**
 * The figures of a scenario already validated (the one a page opens with), worked out in the
 * engine worker so that the engine's code never loads on the page's main thread; null if they
 * could not be worked out. The worker is kept for {@link takeEngine}.
 */
export function figuresOfValid(scenario: Scenario): Promise<WorkedFigures | null> {
	spare ??= new EngineClient(startEngineWorker(), () => undefined);
	const client = spare;
	return new Promise((resolve) => {
		client.listen(
			(outcome) => resolve(outcome.ok ? outcome : null),
			() => resolve(null)
		);
		client.request(scenario, true);
	});
}

/** The engine worker for an editor: the one the page's first figures started, or a new one. */
export function takeEngine(onOutcome: OnOutcome): EngineClient {
	const client = spare ?? new EngineClient(startEngineWorker(), onOutcome);
	spare = undefined;
	client.listen(onOutcome);
	return client;
}

/** Starts the engine worker in a browser; null where there are no module workers. */
export function startEngineWorker(): WorkerLike | null {
	if (typeof Worker === 'undefined') return null;
	try {
		return new Worker(new URL('./engine.worker.ts', import.meta.url), {
			type: 'module'
		}) as unknown as WorkerLike;
	} catch {
		return null;
	}
}
