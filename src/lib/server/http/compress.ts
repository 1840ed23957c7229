/**
 * Pages and data compressed for the trip (gzip), when the browser says it takes gzip. A
 * comparison's page is 70–230 KB of HTML, a fifth of that gzipped: on a phone's connection that
 * is most of the wait before the first paint. The built JavaScript and CSS are compressed
 * ahead of time and served by adapter-node without passing through here.
 *
 * The body is compressed as it streams (the web `CompressionStream`, which runs zlib on Node's
 * thread pool, not on the event loop), so a streamed page still arrives as it is rendered.
 */

/** What is worth compressing: text. Images (PNG cards) are compressed already. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|javascript|problem\+json|schema\+json))/i;

/** Smaller bodies gain nothing worth the header. */
const MIN_BYTES = 1024;

/** Whether the request accepts gzip (and has not refused it with `q=0`). */
export function acceptsGzip(request: Request): boolean {
	const header = request.headers.get('accept-encoding');
	if (!header) return false;
	return header.split(',').some((part) => {
		const [coding, ...parameters] = part.trim().toLowerCase().split(';');
		if (coding !== 'gzip' && coding !== '*') return false;
		const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
		return q === undefined || Number(q.slice(2)) > 0;
	});
}

/** `response`, gzipped if the request accepts it and it is text worth compressing. */
export function compressed(request: Request, response: Response): Response {
	if (request.method === 'HEAD' || !response.body || !acceptsGzip(request)) return response;
	if (response.status === 204 || response.status === 206 || response.status === 304)
		return response;
	const headers = response.headers;
	if (headers.has('content-encoding') || !COMPRESSIBLE.test(headers.get('content-type') ?? ''))
		return response;
	const length = headers.get('content-length');
	if (length !== null && Number(length) < MIN_BYTES) return response;
	const out = new Headers(headers);
	out.set('content-encoding', 'gzip');
	out.delete('content-length');
	out.append('vary', 'Accept-Encoding');
	// The gzipped bytes are not the bytes the tag was made for: a weak tag says the content is
	// the same (SvelteKit reads a weak tag in If-None-Match as the strong one).
	const etag = headers.get('etag');
	if (etag?.startsWith('"')) out.set('etag', `W/${etag}`);
	return new Response(response.body.pipeThrough(new CompressionStream('gzip')), {
		status: response.status,
		statusText: response.statusText,
		headers: out
	});
}
