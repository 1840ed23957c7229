/**
 * Another site, for tests of what other origins may do: a tiny server on the loopback
 * interface, on a port the system chooses (browser tests run in parallel workers, so a fixed
 * port would be taken by another test's site), that serves one HTML page.
 * A real server rather than an intercepted route, so Chromium treats it as the local site it
 * is and applies exactly the rules a news site framing the embed would meet.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The other site: its address, and how to stop it. */
export interface Elsewhere {
	origin: string;
	close: () => Promise<void>;
}

/** Serves `html` at every address of another origin until closed. */
export async function serveElsewhere(html: string): Promise<Elsewhere> {
	const server: Server = createServer((_, response) => {
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(html);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
