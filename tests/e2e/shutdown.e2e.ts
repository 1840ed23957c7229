import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { examplePath } from './support/expected';

/**
 * Graceful shutdown of the production server (adapter-node: SIGTERM closes the listener,
 * lets requests in flight finish, then exits; SHUTDOWN_TIMEOUT caps the wait). This starts a
 * second copy of the build that the web server of the other tests made, on the next port,
 * so stopping it disturbs nothing else.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PORT = Number(process.env.E2E_PORT ?? 4173) + 1;
const ORIGIN = `http://127.0.0.1:${PORT}`;

interface Server {
	child: ChildProcess;
	output: () => string;
	exited: Promise<number | null>;
}

async function startServer(): Promise<Server> {
	const child = spawn(process.execPath, ['build'], {
		cwd: ROOT,
		env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', SHUTDOWN_TIMEOUT: '10' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout?.on('data', (chunk) => (output += chunk));
	child.stderr?.on('data', (chunk) => (output += chunk));
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			const response = await fetch(`${ORIGIN}/healthz`);
			if (response.ok) return { child, output: () => output, exited };
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	child.kill('SIGKILL');
	throw new Error(`the server did not start:\n${output}`);
}

/** Whether a new connection to the server is accepted. */
function accepts(): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect(PORT, '127.0.0.1');
		socket.on('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.on('error', () => resolve(false));
	});
}

test.describe('graceful shutdown', () => {
	test('on SIGTERM a request in flight finishes, new ones are refused, and the server exits', async () => {
		const server = await startServer();
		try {
			const body = Buffer.from(readFileSync(examplePath('childrens-trust')));
			const half = Math.floor(body.length / 2);
			let sendRest = (): void => undefined;
			const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
				const outgoing = httpRequest(
					`${ORIGIN}/api/v1/compare`,
					{
						method: 'POST',
						headers: { 'content-type': 'application/json', 'content-length': body.length }
					},
					(response) => {
						let text = '';
						response.on('data', (chunk) => (text += chunk));
						response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
					}
				);
				outgoing.on('error', reject);
				// Half the body now: the request is in flight when the signal comes.
				outgoing.write(body.subarray(0, half));
				sendRest = () => outgoing.end(body.subarray(half));
			});
			await new Promise((resolve) => setTimeout(resolve, 200));

			server.child.kill('SIGTERM');
			await expect.poll(accepts, { timeout: 5_000 }).toBe(false);
			sendRest();

			const { status, text } = await answer;
			expect(status).toBe(200);
			expect(JSON.parse(text)).toMatchObject({ format: 'public-cost-comparison-results' });
			expect(await server.exited).toBe(0);
			// The request made it into the log as one structured line.
			const logged = server
				.output()
				.split('\n')
				.filter((line) => line.startsWith('{'))
				.map((line) => JSON.parse(line));
			expect(logged).toContainEqual(
				expect.objectContaining({ method: 'POST', path: '/api/v1/compare', status: 200 })
			);
		} finally {
			server.child.kill('SIGKILL');
		}
	});
});
