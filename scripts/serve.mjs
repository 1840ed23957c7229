#!/usr/bin/env node
// `npm start` (after `npm run build`): the built server, adapter-node's build/index.js, with one
// addition. A request whose address and headers are longer than Node reads (16 KiB by default,
// `--max-http-header-size`) never reaches the app, and Node answers it 431 with an empty body;
// here it gets a sentence saying what went wrong. A share link is at most 8,000 characters, so
// only a damaged or hostile address meets this.

const TOO_LONG =
	'This address is longer than the server reads (16 KiB with its headers), so it was not ' +
	'opened. A comparison link is at most 8,000 characters: copy the whole link again, or ' +
	'save the comparison as a file and open that.\n';

const UNREADABLE = 'The request could not be read: it is not valid HTTP.\n';

/**
 * Answers a request Node refused before the app saw it ('clientError'), with a short plain-text
 * body, and closes the connection.
 * @param {Error & { code?: string }} error
 * @param {import('node:stream').Duplex} socket
 */
export function answerClientError(error, socket) {
	if (!socket.writable || error.code === 'ECONNRESET') {
		socket.destroy();
		return;
	}
	const [status, text] =
		error.code === 'HPE_HEADER_OVERFLOW'
			? ['431 Request Header Fields Too Large', TOO_LONG]
			: error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
				? ['408 Request Timeout', 'The request took too long to arrive.\n']
				: ['400 Bad Request', UNREADABLE];
	socket.end(
		`HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\n` +
			`Content-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`
	);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { server } = await import(new URL('../build/index.js', import.meta.url).href);
	server.server.on('clientError', answerClientError);
}
