import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptsGzip, compressed } from '../../../../src/lib/server/http/compress';

const PAGE = `<!doctype html><html><body>${'<p>£12,550,956.14 over 5 years (2026-27 to 2030-31)</p>'.repeat(200)}</body></html>`;

function request(acceptEncoding?: string, method = 'GET'): Request {
	const headers: Record<string, string> =
		acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
	return new Request('http://localhost/compare?s=1.abc', { method, headers });
}

function page(type = 'text/html; charset=utf-8', body: string = PAGE): Response {
	return new Response(body, {
		status: 200,
		headers: { 'content-type': type, 'content-length': String(Buffer.byteLength(body)) }
	});
}

describe('acceptsGzip', () => {
	it.each([
		['gzip, deflate, br, zstd', true],
		['br;q=1.0, gzip;q=0.8', true],
		['*', true],
		['GZIP', true],
		['gzip;q=0', false],
		['gzip; q=0.000', false],
		['br, deflate', false],
		['identity', false],
		['', false]
	])('reads %j as %s', (header, expected) => {
		expect(acceptsGzip(request(header))).toBe(expected);
	});

	it('is false without the header', () => {
		expect(acceptsGzip(request())).toBe(false);
	});
});

describe('compressed', () => {
	it('gzips a page for a browser that takes gzip, byte for byte, saying so in its headers', async () => {
		const response = compressed(request('gzip, deflate, br'), page());
		expect(response.status).toBe(200);
		expect(response.headers.get('content-encoding')).toBe('gzip');
		expect(response.headers.get('content-length')).toBeNull();
		expect(response.headers.get('vary')).toBe('Accept-Encoding');
		expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
		const body = Buffer.from(await response.arrayBuffer());
		expect(body.length).toBeLessThan(Buffer.byteLength(PAGE) / 10);
		expect(gunzipSync(body).toString('utf8')).toBe(PAGE);
	});

	it('weakens an entity tag, which was made for the bytes before compression', () => {
		const original = page();
		original.headers.set('etag', '"1pghr11"');
		expect(compressed(request('gzip'), original).headers.get('etag')).toBe('W/"1pghr11"');
		const weak = page();
		weak.headers.set('etag', 'W/"1pghr11"');
		expect(compressed(request('gzip'), weak).headers.get('etag')).toBe('W/"1pghr11"');
	});

	it('keeps a Vary header already there', () => {
		const original = page();
		original.headers.set('vary', 'Origin');
		const response = compressed(request('gzip'), original);
		expect(response.headers.get('vary')).toBe('Origin, Accept-Encoding');
	});

	it('gzips JSON too', async () => {
		const json = JSON.stringify({ figures: Array.from({ length: 200 }, (_, i) => `£${i}.00`) });
		const response = compressed(request('gzip'), page('application/json', json));
		expect(response.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8')).toBe(json);
	});

	it.each([
		['a browser that does not take gzip', request('br'), page()],
		['a HEAD request', request('gzip', 'HEAD'), page()],
		['an image', request('gzip'), page('image/png')],
		['a body under 1 KB', request('gzip'), page('text/html', '<p>Not found</p>')],
		['a body already encoded', request('gzip'), withEncoding(page())]
	])('sends %s as it is', (_, incoming, original) => {
		expect(compressed(incoming, original)).toBe(original);
	});

	it('sends a 304 as it is', () => {
		const original = new Response(null, { status: 304 });
		expect(compressed(request('gzip'), original)).toBe(original);
	});
});

function withEncoding(response: Response): Response {
	response.headers.set('content-encoding', 'br');
	return response;
}
