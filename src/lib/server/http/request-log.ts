import { SCENARIO_PARAM } from '$lib/codec/url-codec';

/**
 * What the request log records of an address: the path and the query, except the share
 * link's scenario (the `s` parameter), which is replaced by its length. A scenario is what a
 * visitor is working on, perhaps a council's unpublished budget, and it stays between them and
 * the people they send the link to; its length is enough to tell an over-long link.
 */

/** The longest address the log keeps, in characters; anything longer is cut and marked "…". */
export const MAX_LOGGED_PATH_LENGTH = 500;

/** `url`'s path and query as the log keeps them: `/compare?s=<1843 chars>`. */
export function loggedPath(url: URL): string {
	const query = [...url.searchParams]
		.map(([key, value]) =>
			key === SCENARIO_PARAM
				? `${key}=<${value.length} chars>`
				: `${encodeURIComponent(key)}=${encodeURIComponent(value)}`
		)
		.join('&');
	const path = query === '' ? url.pathname : `${url.pathname}?${query}`;
	return path.length > MAX_LOGGED_PATH_LENGTH ? `${path.slice(0, MAX_LOGGED_PATH_LENGTH)}…` : path;
}

/** The fields of one request's log line. */
export interface RequestRecord {
	[field: string]: string | number;
	method: string;
	path: string;
	status: number;
	/** From the request's arrival to its response's headers, in milliseconds (to 0.1 ms). */
	durationMs: number;
}

/** One request's log line fields. */
export function requestRecord(
	request: Request,
	status: number,
	startedAt: number,
	endedAt: number
): RequestRecord {
	return {
		method: request.method,
		path: loggedPath(new URL(request.url)),
		status,
		durationMs: Math.round((endedAt - startedAt) * 10) / 10
	};
}
