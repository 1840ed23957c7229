/**
 * Structured logs: one JSON object per line, requests on standard output and errors on
 * standard error, so a log shipper can parse them without patterns.
 *
 * Nothing a visitor typed goes into a log except what the request log keeps on purpose (the
 * path, with the share link's scenario left out; see request-log.ts).
 */

/** One log record; `time` and `level` are added when written. */
export type LogRecord = Record<string, string | number | boolean | null>;

/** Writes one request record as a line of JSON on standard output. */
export function logInfo(record: LogRecord): void {
	process.stdout.write(
		`${JSON.stringify({ time: new Date().toISOString(), level: 'info', ...record })}\n`
	);
}

/**
 * Writes an unexpected error as a line of JSON on standard error: its name, message and
 * stack, for the operator only. Responses never carry any of it.
 */
export function logError(context: LogRecord, error: unknown): void {
	const details =
		error instanceof Error
			? { error: error.name, message: error.message, stack: error.stack ?? null }
			: { error: typeof error, message: String(error) };
	process.stderr.write(
		`${JSON.stringify({ time: new Date().toISOString(), level: 'error', ...context, ...details })}\n`
	);
}
