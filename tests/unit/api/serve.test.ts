import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { answerClientError } from '../../../scripts/serve.mjs';

function answer(code: string): string {
	const socket = new PassThrough();
	const chunks: Buffer[] = [];
	socket.on('data', (chunk: Buffer) => chunks.push(chunk));
	answerClientError(Object.assign(new Error(code), { code }), socket);
	return Buffer.concat(chunks).toString('utf8');
}

describe('answerClientError', () => {
	it('explains an address too long for the server, rather than an empty 431', () => {
		const text = answer('HPE_HEADER_OVERFLOW');
		expect(text.startsWith('HTTP/1.1 431 Request Header Fields Too Large\r\n')).toBe(true);
		expect(text).toContain('Content-Type: text/plain; charset=utf-8\r\n');
		expect(text).toContain('\r\n\r\nThis address is longer than the server reads');
		const body = text.split('\r\n\r\n')[1];
		expect(text).toContain(`Content-Length: ${Buffer.byteLength(body)}\r\n`);
	});

	it('answers anything else Node cannot read with 400 and a sentence', () => {
		const text = answer('HPE_INVALID_METHOD');
		expect(text.startsWith('HTTP/1.1 400 Bad Request\r\n')).toBe(true);
		expect(text.endsWith('The request could not be read: it is not valid HTTP.\n')).toBe(true);
	});
});
