/**
 * Runs `task` in a task of its own once the browser is idle (within a second), or after a short
 * wait where there is no requestIdleCallback (Safari). Returns a function that calls it off.
 */
export function whenIdle(task: () => unknown): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(() => task(), { timeout: 1000 });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(task, 200);
	return () => clearTimeout(id);
}
