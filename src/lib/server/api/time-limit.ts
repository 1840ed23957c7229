import { createContext, Script } from 'node:vm';

/**
 * Running a synchronous computation with a time limit, in the calling thread: only for running
 * from the sources (vite dev, vitest), where there is no built worker file. The built server
 * runs every computation in the worker pool (../pool), whose limit terminates the worker.
 *
 * The engine and the validator are pure and synchronous, so nothing can interrupt them from
 * the outside once they start, and a promise-based timeout would only fire after they had
 * finished. `node:vm` can: a script run with a `timeout` is stopped by a watchdog that
 * terminates whatever JavaScript is running at the time, including functions of this realm
 * that the script calls. That is safe here because the computations are pure: stopping one
 * half-way leaves no shared state behind.
 */

/** Thrown by {@link runWithTimeLimit} when the computation was stopped. */
export class TimeLimitExceededError extends Error {
	readonly limitMs: number;

	constructor(limitMs: number) {
		super(`The computation was stopped after ${limitMs} ms, its time limit.`);
		this.name = 'TimeLimitExceededError';
		this.limitMs = limitMs;
	}
}

/**
 * The one context the computations run from. Creating a context costs about a third of a
 * millisecond, reusing one a twentieth; the slot it holds is filled and emptied within one
 * synchronous call, so no two computations ever see each other's.
 */
const sandbox = createContext({ task: undefined as (() => unknown) | undefined });
const runTask = new Script('task()', { filename: 'time-limit.vm' });

/**
 * Runs `task` and returns what it returns, unless it runs longer than `limitMs`.
 *
 * @throws {TimeLimitExceededError} when the task was stopped at its limit; any error of the
 *   task itself passes through unchanged.
 */
export function runWithTimeLimit<T>(task: () => T, limitMs: number): T {
	sandbox.task = task;
	try {
		return runTask.runInContext(sandbox, { timeout: limitMs }) as T;
	} catch (error) {
		if ((error as { code?: unknown } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
			throw new TimeLimitExceededError(limitMs);
		}
		throw error;
	} finally {
		sandbox.task = undefined;
	}
}
