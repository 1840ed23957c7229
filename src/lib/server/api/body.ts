import { show } from '$lib/schemas/messages';
import { MAX_BODY_BYTES, MAX_BODY_WORDS, MAX_DRAIN_BYTES } from './limits';
import { problemResponse } from './problem';
import { parseJsonText } from '$lib/schemas/json-text';

/**
 * Reading a JSON request body within the limits: the content type first, then the declared
 * length, then the bytes as they arrive, then UTF-8, then JSON. Each refusal is a problem
 * response (problem.ts); nothing here throws.
 */

/** A body read as JSON, or the response that refuses it. */
/** The value read, and the text it was read from; or the response refusing the request. */
export type JsonBody =
	{ ok: true; value: unknown; text: string } | { ok: false; response: Response };

/** The media type the API reads; a charset parameter, if any, must be UTF-8. */
export const JSON_MEDIA_TYPE = 'application/json';

const UTF8 = /^"?utf-?8"?$/i;

/** Why the Content-Type header is refused, or undefined when it is JSON in UTF-8. */
function contentTypeProblem(header: string | null): string | undefined {
	if (header === null || header.trim() === '') {
		return "The request has no Content-Type header; send the scenario with 'Content-Type: application/json'.";
	}
	const [mediaType, ...parameters] = header.split(';');
	if (mediaType.trim().toLowerCase() !== JSON_MEDIA_TYPE) {
		return `The request body is sent as ${show(mediaType.trim())}; send the scenario as ${JSON_MEDIA_TYPE}.`;
	}
	for (const parameter of parameters) {
		const [name, value = ''] = parameter.split('=');
		if (name.trim().toLowerCase() === 'charset' && !UTF8.test(value.trim())) {
			return `The request body is sent in the charset ${show(value.trim())}; send JSON as UTF-8.`;
		}
	}
	return undefined;
}

function tooLarge(size?: number): Response {
	const what =
		size === undefined
			? 'The request body is'
			: `The request body is ${size.toLocaleString('en-GB')} bytes,`;
	return problemResponse(
		'body-too-large',
		`${what} over the limit of ${MAX_BODY_WORDS} (${MAX_BODY_BYTES.toLocaleString('en-GB')} bytes).`
	);
}

/** An error the server's own body reader raises at its size limit (adapter-node's 413). */
function isSizeLimitError(error: unknown): boolean {
	return typeof error === 'object' && error !== null && 'status' in error && error.status === 413;
}

/**
 * Reads the rest of a refused body and throws it away, so the connection is left ready for
 * the next request; past {@link MAX_DRAIN_BYTES} it gives up and cancels, which closes the
 * connection.
 */
async function drain(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
	let drained = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) return;
			drained += value.byteLength;
			if (drained > MAX_DRAIN_BYTES) {
				await reader.cancel();
				return;
			}
		}
	} catch {
		// The body failed or was cut off: there is nothing left to read.
	}
}

type Bytes = { ok: true; bytes: Uint8Array } | { ok: false; response: Response };

/** The body's bytes, refusing as soon as there are more than {@link MAX_BODY_BYTES}. */
async function readBytes(body: ReadableStream<Uint8Array>): Promise<Bytes> {
	const reader = body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.byteLength;
			if (size > MAX_BODY_BYTES) {
				await drain(reader);
				return { ok: false, response: tooLarge() };
			}
			chunks.push(value);
		}
	} catch (error) {
		if (isSizeLimitError(error)) return { ok: false, response: tooLarge() };
		return {
			ok: false,
			response: problemResponse(
				'invalid-json',
				'The request body could not be read to its end; the connection may have been cut.'
			)
		};
	}
	const bytes = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return { ok: true, bytes };
}

/**
 * Reads a request's body as one JSON value.
 *
 * @returns The value, or a response refusing the request: 415 for another content type, 413
 *   for a body over {@link MAX_BODY_BYTES} (by its Content-Length, before any of it is read, or
 *   as it arrives), 400 for an empty body, bytes that are not UTF-8, or text that is not JSON.
 */
export async function readJsonBody(request: Request): Promise<JsonBody> {
	const body = await readJsonBodyText(request);
	if (!body.ok) return body;
	const json = readJsonValue(body.text);
	if (!json.ok) return { ok: false, response: problemResponse('invalid-json', json.detail) };
	return { ok: true, value: json.value, text: body.text };
}

/** A body's text, read within the limits, or the response that refuses it. */
export type JsonBodyText = { ok: true; text: string } | { ok: false; response: Response };

/**
 * Reads a request's body as text, every check of {@link readJsonBody} but the JSON itself, so
 * that a large body can be parsed off the event loop (the scenario endpoints parse it in the
 * worker pool, with {@link readJsonValue}).
 */
export async function readJsonBodyText(request: Request): Promise<JsonBodyText> {
	const typeProblem = contentTypeProblem(request.headers.get('content-type'));
	if (typeProblem !== undefined) {
		return { ok: false, response: problemResponse('unsupported-media-type', typeProblem) };
	}
	const declared = Number(request.headers.get('content-length') ?? Number.NaN);
	if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
		return { ok: false, response: tooLarge(declared) };
	}
	if (request.body === null) return { ok: false, response: emptyBody() };
	const read = await readBytes(request.body);
	if (!read.ok) return read;
	if (read.bytes.byteLength === 0) return { ok: false, response: emptyBody() };
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(read.bytes) };
	} catch {
		return {
			ok: false,
			response: problemResponse('invalid-json', 'The request body is not valid UTF-8 text.')
		};
	}
}

/**
 * A body's text read as one JSON value, numbers exactly as written (format.md, "Numbers"),
 * never rounded by JSON.parse; or, when it is not JSON, the 400's detail in a sentence.
 */
export function readJsonValue(
	text: string
): { ok: true; value: unknown } | { ok: false; detail: string } {
	try {
		return { ok: true, value: parseJsonText(text) };
	} catch (error) {
		const reason = error instanceof Error ? parserMessage(error.message) : 'unreadable';
		return { ok: false, detail: `The request body is not valid JSON (${reason}).` };
	}
}

/** The JSON parser's own explanation, on one line and at most {@link MAX_REASON_LENGTH} characters. */
function parserMessage(message: string): string {
	const line = message.replace(/\s+/g, ' ').trim();
	return line.length > MAX_REASON_LENGTH ? `${line.slice(0, MAX_REASON_LENGTH)}…` : line;
}

const MAX_REASON_LENGTH = 160;

function emptyBody(): Response {
	return problemResponse(
		'invalid-json',
		'The request body is empty; send the scenario as a JSON document.'
	);
}
