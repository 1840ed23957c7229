import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import { runWithTimeLimit, TimeLimitExceededError as VmTimeLimitError } from '../api/time-limit';
import type { Task, TaskResult } from './tasks';

/**
 * The server's heavy work (validation, the engine, results documents, pages' figures, card
 * images) runs in a pool of worker threads, never on the event loop, so a heavy request cannot
 * hold up the others, the health check included.
 *
 * - **A time limit that stops the work.** Each task has a deadline from the moment it is asked
 *   for, queue time included. A task waits for a worker at most the limit less a second; once
 *   running, it is stopped at the deadline (but given at least that second) by terminating its
 *   worker (tinypool's abort), which stops the computation where it stands; the pool starts a
 *   fresh worker. The computations are pure, so nothing is left half-done.
 * - **A bounded queue.** When every worker is busy and {@link POOL_QUEUE} tasks wait, the next
 *   is refused at once ({@link PoolBusyError}: 503 with Retry-After) instead of piling up.
 * - **Bounded memory.** Each worker has its own heap limit; a task that passes it kills only
 *   its worker.
 *
 * From the sources (vite dev, vitest) there is no built worker file to start, so tasks run in
 * the calling thread with the same interface, their synchronous part (all of the API's) under
 * the `node:vm` time limit of ../api/time-limit.ts; `node build` always uses the pool.
 */

function positiveInteger(raw: string | undefined, fallback: number): number {
	const value = Number(raw);
	return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** Worker threads: one per core unless `POOL_THREADS` says otherwise. */
export const POOL_THREADS = positiveInteger(process.env.POOL_THREADS, availableParallelism());

/**
 * Tasks that may wait for a worker, beyond those running (`POOL_QUEUE`, default 128). A
 * hundred connections asking at once for the children's trust example (a few milliseconds
 * each) all wait their turn; a flood of the heaviest scenarios meets the deadline first.
 */
export const POOL_QUEUE = positiveInteger(process.env.POOL_QUEUE, 128);

/** Each worker's heap, in MB: the largest valid scenario needs well under half of it. */
const WORKER_HEAP_MB = 512;

/** Seconds a refused client is told to wait before trying again (Retry-After). */
export const RETRY_AFTER_SECONDS = 5;

/** The task waited or ran past its deadline and was stopped. */
export class TimeLimitExceededError extends Error {
	readonly limitMs: number;

	constructor(limitMs: number) {
		super(`The computation was stopped after ${limitMs} ms, its time limit.`);
		this.name = 'TimeLimitExceededError';
		this.limitMs = limitMs;
	}
}

/** Every worker is busy and the queue is full: the task was refused without being started. */
export class PoolBusyError extends Error {
	constructor() {
		super('Every worker is busy and the queue is full.');
		this.name = 'PoolBusyError';
	}
}

let pool: Tinypool | undefined;
let cardPool: Tinypool | undefined;
let inline: ((task: Task) => Promise<TaskResult>) | undefined;

/**
 * The pools, or the in-thread runner from the sources; made on first use. Cards have a pool
 * of their own, one thread: a card worker starts by loading satori and the fonts (seconds on a
 * busy machine), which a computation stopped at its limit in a shared pool would throw away.
 */
async function runner(
	kind: Task['kind'] = 'compare'
): Promise<Tinypool | ((task: Task) => Promise<TaskResult>)> {
	if (pool && cardPool) return kind === 'card' ? cardPool : pool;
	if (inline) return inline;
	const tasks = await import('./tasks');
	if (!tasks.TASKS_URL.endsWith('.js')) {
		inline = tasks.default;
		return inline;
	}
	const options = {
		filename: tasks.TASKS_URL,
		maxQueue: POOL_QUEUE,
		idleTimeout: 60_000,
		resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB }
	};
	pool ??= new Tinypool({ ...options, minThreads: POOL_THREADS, maxThreads: POOL_THREADS });
	cardPool ??= new Tinypool({
		...options,
		minThreads: 1,
		maxThreads: 1,
		idleTimeout: Infinity,
		env: { ...process.env, CARD_WORKER: '1' } as Record<string, string>
	});
	return kind === 'card' ? cardPool : pool;
}

/**
 * Starts the pools' workers and waits until the card worker has drawn its first card, so the
 * server listens only once it can answer every kind of request within its time limit.
 */
export async function startPool(): Promise<void> {
	const cards = await runner('card');
	if (typeof cards !== 'function') await cards.run({ kind: 'warm' } satisfies Task);
}

/**
 * Runs a task in the pool, within `limitMs` from now (queue time included).
 *
 * Cards are the exception to stopping: their work is bounded (a scenario over the pages'
 * budget gets the generic card), and a card worker stopped half-way would have to load satori
 * and the fonts again, which on a busy machine takes longer than the limit itself. So a card
 * past its limit is answered 503 but left to finish, and its worker stays warm.
 *
 * @throws {TimeLimitExceededError} when the deadline passed first
 * @throws {PoolBusyError} when the queue was full
 */
export async function runInPool<T extends TaskResult>(task: Task, limitMs: number): Promise<T> {
	const run = await runner(task.kind);
	if (typeof run === 'function') {
		try {
			return (await runWithTimeLimit(() => run(task), limitMs)) as T;
		} catch (error) {
			if (error instanceof VmTimeLimitError) throw new TimeLimitExceededError(limitMs);
			throw error;
		}
	}
	if (task.kind === 'card') return (await withDeadline(run.run(task), limitMs).catch(busyOr)) as T;
	const asked = performance.now();
	const release = await slot(limitMs - MIN_RUN_MS);
	const signal = AbortSignal.timeout(
		Math.ceil(Math.max(MIN_RUN_MS, limitMs - (performance.now() - asked)))
	);
	try {
		return (await run.run(task, { signal })) as T;
	} catch (error) {
		if (signal.aborted) throw new TimeLimitExceededError(limitMs);
		return busyOr(error);
	} finally {
		release();
	}
}

/**
 * The shortest time a computation gets once it has a worker, in milliseconds: a task waits for
 * a worker at most its time limit less this, so a light task that waited long is not stopped
 * (and its worker restarted) the moment it starts.
 */
const MIN_RUN_MS = 1_000;

/** Computations running now, at most {@link POOL_THREADS}. */
let running = 0;
/** Computations waiting for a worker, in order; each is called when it is given one. */
const waiting: (() => void)[] = [];

/** Hands the freed worker to the next waiting computation, or counts it free. */
function release(): void {
	const next = waiting.shift();
	if (next) next();
	else running -= 1;
}

/**
 * Waits for a free worker, at most `waitMs`, and returns the function that frees it. The queue
 * is kept here rather than in tinypool, so that a computation's stopping clock starts when it
 * starts running, not when it was asked for.
 *
 * @throws {PoolBusyError} when {@link POOL_QUEUE} computations are waiting already
 * @throws {TimeLimitExceededError} when no worker came free in time
 */
function slot(waitMs: number): Promise<() => void> {
	if (running < POOL_THREADS) {
		running += 1;
		return Promise.resolve(release);
	}
	if (waiting.length >= POOL_QUEUE) return Promise.reject(new PoolBusyError());
	return new Promise((resolve, reject) => {
		const given = (): void => {
			clearTimeout(timer);
			resolve(release);
		};
		const timer = setTimeout(() => {
			const index = waiting.indexOf(given);
			if (index >= 0) waiting.splice(index, 1);
			reject(new TimeLimitExceededError(waitMs + MIN_RUN_MS));
		}, waitMs);
		waiting.push(given);
	});
}

/** The error as a {@link PoolBusyError} when it is tinypool's full queue; else rethrown. */
function busyOr(error: unknown): never {
	if (error instanceof Error && /queue is at limit|no task queue/i.test(error.message)) {
		throw new PoolBusyError();
	}
	throw error;
}

/** The promise's value, or {@link TimeLimitExceededError} after `limitMs`; the work goes on. */
function withDeadline<T>(work: Promise<T>, limitMs: number): Promise<T> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new TimeLimitExceededError(limitMs)), limitMs);
		work.then(resolve, reject).finally(() => clearTimeout(timer));
	});
}
