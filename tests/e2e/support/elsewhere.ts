/**
 * Another site, for tests of what other origins may do: a tiny server on the loopback
 * interface, on the port after the shutdown test's (E2E_PORT + 2), that serves one HTML page.
 * A real server rather than an intercepted route, so Chromium treats it as the local site it
 * is and applies exactly the rules a news site framing the embed would meet.
 */
import { createServer, type Server } from 'node:http';

const PORT = Number(process.env.E2E_PORT ?? 4173) + 2;

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
	await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
	return {
		origin: `http://127.0.0.1:${PORT}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
