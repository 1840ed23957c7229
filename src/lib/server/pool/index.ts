import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import { runWithTimeLimit, TimeLimitExceededError as VmTimeLimitError } from '../api/time-limit';
import { logError } from '../http/log';
import { ResultCache, type Computed } from './cache';
import type { Task, TaskResult, WarmResult, Weighed } from './tasks';

/**
 * The server's heavy work (validation, the engine, results documents, pages' figures, card
 * images) runs in pools of worker threads, never on the event loop, so a heavy request cannot
 * hold up the others, the health check included.
 *
 * - **Worked out once.** Every task is pure, so its result is kept in a bounded cache
 *   (./cache.ts) keyed by its input (the link, the request body, the kept scenario), and a
 *   request for a result already being worked out waits for it rather than starting again:
 *   a hundred readers of one link cost one computation.
 * - **A time limit that stops the work.** Each task has a deadline from the moment it is asked
 *   for, queue time included. A task waits for a worker at most the limit less a second; once
 *   running, it is stopped at the deadline (but given at least that second) by terminating its
 *   worker (tinypool's abort), which stops the computation where it stands; the pool starts a
 *   fresh worker. Cards are stopped the same way, in their own pool.
 * - **A bounded queue.** When every worker of a pool is busy and its queue is full, the next
 *   task is refused at once ({@link PoolBusyError}: 503 with Retry-After) instead of piling up.
 * - **The event loop first, if asked.** With `POOL_NICE` set, workers lower their own
 *   scheduling priority (./tasks.ts), so when the cores are short the event loop (the health
 *   check, cached answers, static files) is served before the computations.
 * - **Bounded memory.** Each worker has its own heap limit; a task that passes it kills only
 *   its worker, and is answered as a computation too large for the server.
 *
 * From the sources (vite dev, vitest) there is no built worker file to start, so tasks run in
 * the calling thread with the same interface, their synchronous part (all of the API's) under
 * the `node:vm` time limit of ../api/time-limit.ts; `node build` always uses the pools.
 */

function positiveInteger(raw: string | undefined, fallback: number): number {
	const value = Number(raw);
	return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** Worker threads computing (`POOL_THREADS`): one per core, beside one drawing cards. */
export const POOL_THREADS = positiveInteger(process.env.POOL_THREADS, availableParallelism());

/**
 * Tasks that may wait for a worker, beyond those running (`POOL_QUEUE`, default 128). A
 * hundred connections asking at once for different scenarios all wait their turn; a flood of
 * the heaviest scenarios meets the deadline first.
 */
export const POOL_QUEUE = positiveInteger(process.env.POOL_QUEUE, 128);

/** Cards waiting for the card worker, beyond the one it draws. */
const CARD_QUEUE = 32;

/** Each worker's heap, in MB: the largest valid scenario needs well under half of it. */
const WORKER_HEAP_MB = 512;

/**
 * The results kept (`RESULT_CACHE_MB`, default 64 MB, estimated from their size as JSON or
 * PNG), at most 1,000 of them and none over 8 MB: a results document of the largest scenarios
 * is worked out each time it is asked for.
 */
const RESULT_CACHE_BYTES = positiveInteger(process.env.RESULT_CACHE_MB, 64) * 1024 * 1024;

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

/**
 * Workers of a pool and the tasks waiting for them. The queue is kept here rather than in
 * tinypool, so that a computation's stopping clock starts when it starts running, not when it
 * was asked for.
 */
class Lane {
	readonly threads: number;
	readonly queue: number;
	/** Computations running now, at most {@link threads}. */
	#running = 0;
	/** Computations waiting for a worker, in order; each is called when it is given one. */
	readonly #waiting: (() => void)[] = [];

	constructor(threads: number, queue: number) {
		this.threads = threads;
		this.queue = queue;
	}

	/** Hands the freed worker to the next waiting computation, or counts it free. */
	readonly #release = (): void => {
		const next = this.#waiting.shift();
		if (next) next();
		else this.#running -= 1;
	};

	/**
	 * Waits for a free worker, at most `waitMs`, and returns the function that frees it.
	 *
	 * @throws {PoolBusyError} when {@link queue} computations are waiting already
	 * @throws {TimeLimitExceededError} when no worker came free in time
	 */
	slot(waitMs: number, limitMs: number): Promise<() => void> {
		if (this.#running < this.threads) {
			this.#running += 1;
			return Promise.resolve(this.#release);
		}
		if (this.#waiting.length >= this.queue) return Promise.reject(new PoolBusyError());
		return new Promise((resolve, reject) => {
			const given = (): void => {
				clearTimeout(timer);
				resolve(this.#release);
			};
			const timer = setTimeout(() => {
				const index = this.#waiting.indexOf(given);
				if (index >= 0) this.#waiting.splice(index, 1);
				reject(new TimeLimitExceededError(limitMs));
			}, waitMs);
			this.#waiting.push(given);
		});
	}
}

const lanes = { compute: new Lane(POOL_THREADS, POOL_QUEUE), card: new Lane(1, CARD_QUEUE) };

const results = new ResultCache<TaskResult>({
	maxEntries: 1_000,
	maxWeight: RESULT_CACHE_BYTES,
	maxEntryWeight: 8 * 1024 * 1024
});

/** The result cache's counts, for the health check and the load script. */
export function resultCacheStats(): ReturnType<ResultCache<TaskResult>['stats']> {
	return results.stats();
}

type Runner = (task: Task, signal: AbortSignal) => Promise<Weighed>;

let runners: { compute: Runner; card: Runner; inline: boolean } | undefined;

/** A tinypool pool as a {@link Runner}: its `weighed` export, stopped by the signal. */
function pooled(pool: Tinypool): Runner {
	return (task, signal) => pool.run(task, { name: 'weighed', signal }) as Promise<Weighed>;
}

/**
 * The pools, or the in-thread runner from the sources; made on first use. Cards have a pool
 * of their own, one thread: a card worker starts by loading satori and the fonts (seconds on a
 * busy machine), which should not hold up the computations.
 */
async function runner(): Promise<NonNullable<typeof runners>> {
	if (runners) return runners;
	const tasks = await import('./tasks');
	if (!tasks.TASKS_URL.endsWith('.js')) {
		// In this thread `weighed` answers plainly: it moves bytes only from a worker.
		const inline: Runner = (task) => tasks.weighed(task) as Promise<Weighed>;
		runners ??= { compute: inline, card: inline, inline: true };
		return runners;
	}
	const options = {
		filename: tasks.TASKS_URL,
		idleTimeout: Infinity,
		resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB }
	};
	runners ??= {
		compute: pooled(
			new Tinypool({ ...options, minThreads: POOL_THREADS, maxThreads: POOL_THREADS })
		),
		card: pooled(
			new Tinypool({
				...options,
				minThreads: 1,
				maxThreads: 1,
				env: { ...process.env, CARD_WORKER: '1' } as Record<string, string>
			})
		),
		inline: false
	};
	return runners;
}

/**
 * Starts the pools' workers and waits until the card worker has drawn its first card, so the
 * server listens only once it can answer every kind of request within its time limit.
 */
export async function startPool(): Promise<void> {
	const { card, inline } = await runner();
	if (inline) return;
	const { result } = await card({ kind: 'warm' }, new AbortController().signal);
	generic = (result as WarmResult).generic;
}

/** The generic card as the card worker drew it at start-up (null from the sources). */
let generic: Uint8Array | null = null;

/**
 * The generic card, kept on the event loop: what a card request gets when the pools cannot read
 * or draw its link in time, rather than an error a link preview would show as nothing.
 */
export function genericCardPng(): Uint8Array | null {
	return generic;
}

/**
 * What a task's result is kept under: its kind and its whole input, hashed. `source` is the
 * text a compare or validate task's value was parsed from, or the link a card was read from
 * (without it, they are not kept).
 */
function cacheKey(task: Task, source?: string): string | null {
	let input: string;
	switch (task.kind) {
		case 'compare':
		case 'validate':
			if (source === undefined) return null;
			input = source;
			break;
		case 'page':
			input = `${task.query}\n${task.kept?.text ?? ''}\n${task.kept?.release ?? ''}`;
			break;
		case 'embed':
			input = task.query;
			break;
		case 'card':
			if (source === undefined) return null;
			input = `${source}\n${task.release}`;
			break;
		case 'warm':
			return null;
	}
	return `${task.kind}:${createHash('sha256').update(input).digest('base64')}`;
}

/** Options of {@link runInPool}. */
export interface RunOptions {
	/**
	 * The text a compare or validate task's value was parsed from, or a card's link: the same
	 * text always gives the same answer, so with it the result is kept and shared.
	 */
	source?: string;
}

/**
 * Runs a task in the pool, within `limitMs` from now (queue time included), or answers it
 * from the result cache, or waits for the same task already running.
 *
 * @throws {TimeLimitExceededError} when the deadline passed first
 * @throws {PoolBusyError} when the queue was full
 */
export async function runInPool<T extends TaskResult>(
	task: Task,
	limitMs: number,
	options: RunOptions = {}
): Promise<T> {
	const key = cacheKey(task, options.source);
	const work = async (): Promise<Computed<TaskResult>> => {
		const { result, weight } = await compute(task, limitMs);
		return { value: result, weight: weight + (key?.length ?? 0), keep: true };
	};
	if (key === null) return (await work()).value as T;
	return (await results.get(key, work)) as T;
}

/**
 * The shortest time a computation gets once it has a worker, in milliseconds: a task waits for
 * a worker at most its time limit less this, so a light task that waited long is not stopped
 * (and its worker restarted) the moment it starts.
 */
const MIN_RUN_MS = 1_000;

/** Runs the task in its pool, within the deadline. */
async function compute(task: Task, limitMs: number): Promise<Weighed> {
	const pools = await runner();
	const run = task.kind === 'card' ? pools.card : pools.compute;
	if (pools.inline) {
		try {
			return await runWithTimeLimit(() => run(task, new AbortController().signal), limitMs);
		} catch (error) {
			if (error instanceof VmTimeLimitError) throw new TimeLimitExceededError(limitMs);
			throw error;
		}
	}
	const lane = task.kind === 'card' ? lanes.card : lanes.compute;
	const asked = performance.now();
	const release = await lane.slot(limitMs - MIN_RUN_MS, limitMs);
	const signal = AbortSignal.timeout(
		Math.ceil(Math.max(MIN_RUN_MS, limitMs - (performance.now() - asked)))
	);
	let stopped = false;
	try {
		try {
			return await run(task, signal);
		} catch (error) {
			// Given to a worker that was being stopped (its last task stopped at the moment it
			// finished): the task never ran, so it runs again, on a live worker, within its limit.
			if (signal.aborted || !isThreadTermination(error)) throw error;
			return await run(task, signal);
		}
	} catch (error) {
		stopped = signal.aborted || isWorkerCrash(error);
		if (signal.aborted) throw new TimeLimitExceededError(limitMs);
		return workerFailure(task, error, limitMs);
	} finally {
		if (stopped) void afterRestart(run).finally(release);
		else release();
	}
}

/**
 * The longest a stopped worker's place is held for its replacement, in milliseconds: a worker
 * that cannot start at all must not take its place from the pool for ever.
 */
const RESTART_HOLD_MS = 30_000;

/**
 * Resolves once the pool has started the worker that replaces a stopped one, and that worker
 * is ready (a card worker has loaded satori and the fonts): until then the stopped worker's
 * place is not given to another task, whose clock would otherwise run while a worker starts
 * (seconds for a card worker on a busy machine), and which would be stopped in turn, stopping
 * the new worker before it was ever ready.
 */
function afterRestart(run: Runner): Promise<void> {
	return new Promise((resolve) => {
		const timer = setTimeout(resolve, RESTART_HOLD_MS);
		run({ kind: 'warm' }, new AbortController().signal)
			.catch(() => undefined)
			.finally(() => {
				clearTimeout(timer);
				resolve();
			});
	});
}

/**
 * Whether the error is tinypool's for a task handed to a worker it was terminating: when a
 * task is stopped just as it finishes, its worker is told to take the next task before the
 * termination lands, and that task fails with this error without having run.
 */
function isThreadTermination(error: unknown): boolean {
	return error instanceof Error && error.message === 'Terminating worker thread';
}

/** Whether the error is a worker dying under its task, rather than the task's own error. */
function isWorkerCrash(error: unknown): boolean {
	const code = (error as { code?: unknown } | null)?.code;
	return typeof code === 'string' && code.startsWith('ERR_WORKER');
}

/**
 * A task that failed in its pool: a full queue is {@link PoolBusyError}; a worker that died
 * under the task (past its heap limit, or failing to start on a machine short of memory) is
 * logged for the operator and answered as a computation the server could not finish in its
 * limits ({@link TimeLimitExceededError}: 503 with Retry-After), not as a bug. An error the
 * task itself threw is rethrown.
 */
function workerFailure(task: Task, error: unknown, limitMs: number): never {
	if (error instanceof Error && /queue is at limit|no task queue/i.test(error.message)) {
		throw new PoolBusyError();
	}
	if (isWorkerCrash(error)) {
		logError({ pool: task.kind, worker: String((error as { code: string }).code) }, error);
		throw new TimeLimitExceededError(limitMs);
	}
	throw error;
}
