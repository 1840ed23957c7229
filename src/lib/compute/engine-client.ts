/**
 * The page's side of the engine worker. At most one request is in the worker at a time; a
 * newer draft replaces the one waiting to be sent, and a reply to anything but the newest
 * request is dropped, so the figures shown only ever move forward and a fast typist never
 * queues up stale work. The worker answers in two stages, the headline's figures and then
 * the whole figures (engine.worker.ts); a newer draft is sent as soon as the first stage of
 * the older one is back, and the worker drops the older one's second stage for it, unless the
 * newer one has problems: then the older one's whole figures still come, for the tables under
 * its headline. Where workers are unavailable (or the worker fails), the same function runs
 * on the main thread, loaded when first needed.
 */
import type { FiguresOutcome } from './figures';

export interface EngineRequest {
	id: number;
	/** A scenario document, as a form or a file gives it: not yet validated. */
	document: unknown;
}

export interface EngineReply {
	id: number;
	/**
	 * False for the first stage of an answer: the headline's figures, whose year-by-year lists
	 * are empty (`workOutInStages`). True for the whole figures, problems or a failure.
	 */
	complete: boolean;
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

/**
 * What an outcome handed to the page is: `headline`, the headline's figures of the newest
 * request (no figure year by year); `rest`, the whole figures of the headline handed on last,
 * which may come after a newer request with problems; `whole`, a whole answer to the newest
 * request (its figures, or its problems).
 */
export type Stage = 'headline' | 'rest' | 'whole';

export type OnOutcome = (outcome: FiguresOutcome, stage: Stage) => void;

export class EngineClient {
	#worker: WorkerLike | null;
	#onOutcome: OnOutcome;
	#nextId = 1;
	/** The request in the worker, if any. */
	#inFlight: number | null = null;
	/** True once the first stage of the request in the worker is back: a newer one may go. */
	#firstBack = false;
	/**
	 * The request whose headline's figures were shown last and whose whole figures have not come:
	 * the worker finishes them even after a newer request, if that one turns out invalid.
	 */
	#awaitingWhole: number | null = null;
	/** The newest document not yet sent, waiting for the worker to be free. */
	#waiting: unknown = undefined;
	#hasWaiting = false;
	#latestId = 0;
	/** The document in the worker, to work out again here if the worker fails. */
	#sent: unknown = undefined;

	constructor(worker: WorkerLike | null, onOutcome: OnOutcome) {
		this.#worker = worker;
		this.#onOutcome = onOutcome;
		if (worker) {
			worker.onmessage = (event) => this.#reply(event.data);
			worker.onerror = () => this.#fallBack();
		}
	}

	/** Asks for the figures of `document`; supersedes every earlier request. */
	request(document: unknown): void {
		this.#waiting = document;
		this.#hasWaiting = true;
		if (this.#inFlight === null || this.#firstBack) this.#send();
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
		const document = this.#waiting;
		this.#waiting = undefined;
		this.#hasWaiting = false;
		const id = this.#nextId++;
		this.#latestId = id;
		this.#inFlight = id;
		this.#firstBack = false;
		this.#sent = document;
		if (this.#worker) this.#worker.postMessage({ id, document });
		else void this.#onMainThread(id, document);
	}

	#reply(reply: EngineReply): void {
		if (reply.complete && reply.id === this.#awaitingWhole) {
			// The whole figures of the headline on show: after a newer draft with problems too, so
			// that the tables never stay behind the headline.
			this.#awaitingWhole = null;
			if (reply.outcome) this.#onOutcome(reply.outcome, 'rest');
			if (reply.id !== this.#inFlight) return;
			this.#inFlight = null;
			return this.#send();
		}
		if (reply.id !== this.#inFlight) return;
		// Only the newest request's figures are shown; an older reply just frees the worker.
		const newest = !this.#hasWaiting && reply.id === this.#latestId;
		if (!reply.complete) {
			if (newest && reply.outcome) {
				this.#awaitingWhole = reply.outcome.ok ? reply.id : null;
				this.#onOutcome(reply.outcome, 'headline');
			}
			// A newer draft goes at once (now or when it comes): the worker drops this one's
			// second stage for it.
			this.#firstBack = true;
			this.#send();
			return;
		}
		this.#inFlight = null;
		if (newest && reply.outcome) {
			// Problems leave the headline on show, whose whole figures may still come.
			if (reply.outcome.ok) this.#awaitingWhole = null;
			this.#onOutcome(reply.outcome, 'whole');
		}
		this.#send();
	}

	async #onMainThread(id: number, document: unknown): Promise<void> {
		const { workOutFigures } = await import('./figures');
		let outcome: FiguresOutcome | null;
		try {
			outcome = workOutFigures(document);
		} catch {
			outcome = null;
		}
		this.#reply({ id, complete: true, outcome });
	}

	/** The worker could not start or crashed: finish the work on the main thread. */
	#fallBack(): void {
		this.#worker?.terminate();
		this.#worker = null;
		if (this.#inFlight === null) return;
		this.#inFlight = null;
		if (!this.#hasWaiting) this.request(this.#sent);
		else this.#send();
	}
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
