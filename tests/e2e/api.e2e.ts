import { expect, test, type Locator } from '@playwright/test';
import { violations } from './support/axe';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveElsewhere } from './support/elsewhere';
import { examplePath, exampleScenario, results } from './support/expected';

/**
 * The API against the production server: the /api page's curl examples run as shown, and the
 * limits, errors, CORS and headers as a client meets them over HTTP.
 */

const PROBLEM = 'application/problem+json';

/** Whether curl is installed; without it the examples are run through fetch (see below). */
const HAS_CURL = (() => {
	try {
		execFileSync('curl', ['--version'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
})();

interface Answer {
	status: number;
	body: string;
}

/**
 * Runs a command exactly as the page shows it, in `folder`, adding only `--write-out` to learn
 * the status.
 */
function runCurl(command: string, folder: string): Promise<Answer> {
	return new Promise((resolve, reject) => {
		execFile(
			'bash',
			['-c', `${command} --write-out '\\n%{http_code}'`],
			{ cwd: folder, timeout: 20_000, maxBuffer: 16 * 1024 * 1024 },
			(error, stdout) => {
				if (error) return reject(error);
				const cut = stdout.lastIndexOf('\n');
				resolve({ status: Number(stdout.slice(cut + 1)), body: stdout.slice(0, cut) });
			}
		);
	});
}

/** Shell words of a command: single and double quotes, backslash escapes and line breaks. */
function shellWords(command: string): string[] {
	const words: string[] = [];
	let word: string | undefined;
	const text = command.replace(/\\\n/g, ' ');
	for (let i = 0; i < text.length; i++) {
		const character = text[i];
		if (character === "'") {
			const end = text.indexOf("'", i + 1);
			word = (word ?? '') + text.slice(i + 1, end);
			i = end;
		} else if (character === '"') {
			const end = text.indexOf('"', i + 1);
			word = (word ?? '') + text.slice(i + 1, end);
			i = end;
		} else if (character === '\\') {
			word = (word ?? '') + text[++i];
		} else if (/\s/.test(character)) {
			if (word !== undefined) words.push(word);
			word = undefined;
		} else word = (word ?? '') + character;
	}
	if (word !== undefined) words.push(word);
	return words;
}

/** The same request as a curl command, made with fetch: for machines without curl. */
async function runWithFetch(command: string, folder: string): Promise<Answer> {
	const words = shellWords(command);
	expect(words[0]).toBe('curl');
	const headers: Record<string, string> = {};
	let url = '';
	let body: string | undefined;
	for (let i = 1; i < words.length; i++) {
		const word = words[i];
		if (word === '-H') {
			const [name, ...value] = words[++i].split(':');
			headers[name.trim()] = value.join(':').trim();
		} else if (word === '--data-binary' || word === '-d') {
			const data = words[++i];
			body = data.startsWith('@') ? readFileSync(join(folder, data.slice(1)), 'utf8') : data;
		} else if (word.startsWith('http')) url = word;
		else expect(['-sS', '-s', '-S']).toContain(word);
	}
	const response = await fetch(url, { method: body === undefined ? 'GET' : 'POST', headers, body });
	return { status: response.status, body: await response.text() };
}

/** What each example's answer must hold, beyond its status. */
const CHECKS: Record<string, (body: unknown) => void> = {
	compare: (body) => expect(body).toMatchObject({ format: 'public-cost-comparison-results' }),
	'compare-file': (body) =>
		expect(body).toMatchObject({ format: 'public-cost-comparison-results' }),
	validate: (body) =>
		expect(body).toMatchObject({ valid: false, problems: [{ path: 'horizonYears' }, {}] }),
	link: (body) =>
		expect(body).toMatchObject({
			id: expect.stringMatching(/^[0-9A-Za-z]{8,22}$/),
			url: expect.stringMatching(/\/s\/[0-9A-Za-z]{8,22}$/)
		}),
	'compare-invalid': (body) =>
		expect(body).toMatchObject({
			type: '/api#problem-invalid-scenario',
			status: 422,
			problems: [{ path: 'horizonYears' }, { path: 'options[0].lines[0].per' }]
		}),
	presets: (body) => expect((body as { presets: unknown[] }).presets.length).toBeGreaterThan(0),
	preset: (body) => expect(body).toMatchObject({ document: { format: 'public-cost-comparison' } }),
	schema: (body) =>
		expect(body).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema' }),
	openapi: (body) => expect(body).toMatchObject({ openapi: '3.1.0' })
};

interface ShownExample {
	id: string;
	command: string;
	status: number;
	/** The status when run again, for an example that keeps something (a short link). */
	repeatStatus?: number;
	file?: { name: string; contents: string };
}

async function readExample(figure: Locator): Promise<ShownExample> {
	const id = ((await figure.getAttribute('id')) ?? '').replace(/^example-/, '');
	const command = await figure.getByRole('region', { name: /^Command: / }).textContent();
	const answers = await figure.getByText(/^Answers \d{3} /).textContent();
	const files = figure.getByRole('region', { name: /^File: / });
	const example: ShownExample = {
		id,
		command: command ?? '',
		status: Number(/Answers (\d{3})/.exec(answers ?? '')?.[1])
	};
	const again = /\((\d{3}) when sent again\)/.exec(answers ?? '')?.[1];
	if (again !== undefined) example.repeatStatus = Number(again);
	if ((await files.count()) > 0) {
		const name = (await files.getAttribute('aria-label'))?.replace(/^File: /, '') ?? '';
		example.file = { name, contents: (await files.textContent()) ?? '' };
	}
	return example;
}

test.describe('the /api page', () => {
	test('every curl example runs as shown and answers as the page says', async ({ page }) => {
		await page.goto('/api');
		const figures = page.getByRole('figure');
		const count = await figures.count();
		expect(count).toBeGreaterThanOrEqual(7);
		const folder = mkdtempSync(join(tmpdir(), 'api-examples-'));
		try {
			for (let index = 0; index < count; index++) {
				const example = await readExample(figures.nth(index));
				if (example.file) writeFileSync(join(folder, example.file.name), example.file.contents);
				const answer = HAS_CURL
					? await runCurl(example.command, folder)
					: await runWithFetch(example.command, folder);
				expect(
					[example.status, example.repeatStatus],
					`${example.id}: ${example.command}`
				).toContain(answer.status);
				const check = CHECKS[example.id];
				expect(check, `a check for example ${example.id}`).toBeDefined();
				check(JSON.parse(answer.body));
			}
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});

	test('every example is written for the server that served the page', async ({
		page,
		baseURL
	}) => {
		await page.goto('/api');
		const commands = await page.getByRole('region', { name: /^Command: / }).allTextContents();
		for (const command of commands) expect(command).toContain(`${baseURL}/api/v1/`);
	});

	test('explains every error type the API can give, at the address its type points to', async ({
		page,
		request
	}) => {
		const response = await request.post('/api/v1/compare', {
			headers: { 'content-type': 'text/plain' },
			data: '{}'
		});
		const { type } = await response.json();
		await page.goto(type);
		await expect(page.locator(':target')).toHaveText('415 The request body must be JSON');
	});

	test('has no accessibility violations', async ({ page }) => {
		await page.goto('/api');
		expect(await violations(page)).toEqual([]);
	});
});

test.describe('the API over HTTP', () => {
	test('compares the children’s trust example to the penny', async ({ request }) => {
		const response = await request.post('/api/v1/compare', {
			headers: { 'content-type': 'application/json' },
			data: readFileSync(examplePath('childrens-trust'), 'utf8')
		});
		expect(response.status()).toBe(200);
		expect(await response.json()).toEqual(results(exampleScenario('childrens-trust')));
	});

	test('refuses a body over 512 KiB with 413 problem details', async ({ request }) => {
		const response = await request.post('/api/v1/compare', {
			headers: { 'content-type': 'application/json' },
			data: `{"title": "${'x'.repeat(600 * 1024)}"}`
		});
		expect(response.status()).toBe(413);
		expect(response.headers()['content-type']).toBe(PROBLEM);
		expect((await response.json()).detail).toMatch(/over the limit of 512 KiB/);
	});

	test('refuses an over-long body sent in chunks, without a length, with 413', async ({
		baseURL
	}) => {
		const answer = await new Promise<Answer>((resolve, reject) => {
			const outgoing = httpRequest(
				`${baseURL}/api/v1/compare`,
				{ method: 'POST', headers: { 'content-type': 'application/json' } },
				(response) => {
					let body = '';
					response.on('data', (chunk) => (body += chunk));
					response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
				}
			);
			outgoing.on('error', reject);
			const chunk = Buffer.alloc(64 * 1024, 0x20);
			for (let sent = 0; sent < 1024 * 1024; sent += chunk.length) outgoing.write(chunk);
			outgoing.end();
		});
		expect(answer.status).toBe(413);
		expect(JSON.parse(answer.body)).toMatchObject({ type: '/api#problem-body-too-large' });
	});

	for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
		test(`answers ${type} with 415, not the pages' cross-site form refusal`, async ({
			request
		}) => {
			const response = await request.post('/api/v1/compare', {
				headers: { 'content-type': type, origin: 'https://elsewhere.example' },
				data: readFileSync(examplePath('insourcing'), 'utf8')
			});
			expect(response.status()).toBe(415);
			expect(response.headers()['content-type']).toBe(PROBLEM);
		});
	}

	test('still refuses a form posted to a page from another site', async ({ request }) => {
		const response = await request.post('/compare', {
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				origin: 'https://elsewhere.example'
			},
			data: 'a=1'
		});
		expect(response.status()).toBe(403);
	});

	test('answers a CORS preflight from another origin', async ({ request }) => {
		const response = await request.fetch('/api/v1/compare', {
			method: 'OPTIONS',
			headers: {
				origin: 'https://elsewhere.example',
				'access-control-request-method': 'POST',
				'access-control-request-headers': 'content-type'
			}
		});
		expect(response.status()).toBe(204);
		expect(response.headers()).toMatchObject({
			'access-control-allow-origin': '*',
			'access-control-allow-methods': 'POST, OPTIONS',
			'access-control-allow-headers': 'Content-Type'
		});
	});

	test('can be called by a page on another site, in the browser', async ({ page, baseURL }) => {
		const elsewhere = await serveElsewhere('<!doctype html><title>Elsewhere</title>');
		try {
			await page.goto(elsewhere.origin);
			const scenario = readFileSync(examplePath('foster-placements'), 'utf8');
			const answer = await page.evaluate(
				async ({ url, body }) => {
					const response = await fetch(url, {
						method: 'POST',
						headers: { 'content-type': 'application/json' },
						body
					});
					return { status: response.status, json: await response.json() };
				},
				{ url: `${baseURL}/api/v1/compare`, body: scenario }
			);
			expect(answer.status).toBe(200);
			expect(answer.json).toEqual(results(exampleScenario('foster-placements')));
		} finally {
			await elsewhere.close();
		}
	});

	test('answers an unknown preset and an unknown address with 404 problem details', async ({
		request
	}) => {
		for (const path of ['/api/v1/presets/no-such-preset', '/api/v2/compare']) {
			const response = await request.get(path);
			expect(response.status(), path).toBe(404);
			expect(response.headers()['content-type']).toBe(PROBLEM);
		}
	});

	test('answers GET on compare with 405 and the methods it takes', async ({ request }) => {
		const response = await request.get('/api/v1/compare');
		expect(response.status()).toBe(405);
		expect(response.headers()['allow']).toBe('POST, OPTIONS');
	});

	test('sends API answers with a policy that loads nothing and no sniffing', async ({
		request
	}) => {
		const response = await request.get('/api/v1/presets');
		expect(response.headers()).toMatchObject({
			'content-security-policy': expect.stringContaining("default-src 'none'"),
			'x-content-type-options': 'nosniff'
		});
	});

	test('has a health check that is never cached', async ({ request }) => {
		const response = await request.get('/healthz');
		expect(response.status()).toBe(200);
		expect(response.headers()['cache-control']).toBe('no-store');
		expect(await response.json()).toMatchObject({
			status: 'ok',
			links: { kind: 'sqlite', links: expect.any(Number), available: true }
		});
	});
});
