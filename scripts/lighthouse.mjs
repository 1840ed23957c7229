/**
 * Lighthouse scores (`npm run bench:lighthouse`): starts the production build (`node build`,
 * run `npm run build` first) on 127.0.0.1:$LIGHTHOUSE_PORT (4182) and runs Lighthouse 12
 * (mobile, its default) with Debian's Chromium ($CHROME_PATH, else /usr/bin/chromium) on `/`,
 * on `/compare` and on `/compare` opened from a preset's link, printing one line per page:
 * `/compare (foster preset): performance 0.97, accessibility 1.00; FCP …, LCP …, TBT …, CLS …`.
 * Figures, not a test: record them in the README, measured on a quiet machine.
 */
import { spawn, execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4182);
const BASE = `http://127.0.0.1:${PORT}`;
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

async function waitForServer() {
	for (let attempt = 0; attempt < 200; attempt++) {
		try {
			await fetch(`${BASE}/methodology`);
			return;
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
	throw new Error('the server did not start');
}

/** The share link of the first preset on the home page, as the home page links to it. */
async function presetLink() {
	const html = await (await fetch(`${BASE}/`)).text();
	const href = html.match(/href="(\.?\/?compare\?s=[^"]+)"/)?.[1];
	if (!href) throw new Error('the home page links to no preset');
	return `/${href.replace(/^\.?\//, '').replaceAll('&amp;', '&')}`;
}

/**
 * Runs Lighthouse once on `path`, writing its report to `output`. Lighthouse sometimes fails to
 * record the page's trace on this machine ("Something went wrong with recording the trace …
 * Please run Lighthouse again", NO_NAVSTART, about one run in ten): such a run is tried again,
 * up to three times in all. Any other failure stops the benchmark.
 */
async function lighthouse(path, output) {
	for (let attempt = 1; ; attempt++) {
		try {
			await runLighthouse(path, output);
			return;
		} catch (error) {
			const message = String(error?.stderr ?? error);
			if (attempt >= 3 || !message.includes('Please run Lighthouse again')) throw error;
			console.error(`Lighthouse could not record ${path} (attempt ${attempt}); trying again`);
		}
	}
}

function runLighthouse(path, output) {
	return run(
		'npx',
		[
			'lighthouse',
			BASE + path,
			`--chrome-path=${CHROME}`,
			'--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking',
			'--only-categories=performance,accessibility',
			'--output=json',
			`--output-path=${output}`,
			'--quiet'
		],
		{ env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 64 * 1024 * 1024 }
	);
}

async function score(label, path, folder) {
	const output = join(folder, `${label.replace(/\W+/g, '-')}.json`);
	await lighthouse(path, output);
	const report = JSON.parse(readFileSync(output, 'utf8'));
	const audit = (id) => report.audits[id]?.displayValue ?? '?';
	const category = (id) => report.categories[id]?.score?.toFixed(2) ?? '?';
	console.log(
		`${label}: performance ${category('performance')}, accessibility ${category('accessibility')}; ` +
			`FCP ${audit('first-contentful-paint')}, LCP ${audit('largest-contentful-paint')}, ` +
			`TBT ${audit('total-blocking-time')}, CLS ${audit('cumulative-layout-shift')}`
	);
}

if (!existsSync('build/index.js')) throw new Error('run `npm run build` first');
const server = spawn('node', ['build'], {
	env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1' },
	stdio: 'ignore'
});
try {
	await waitForServer();
	const folder = mkdtempSync(join(tmpdir(), 'lighthouse-'));
	await score('/', '/', folder);
	await score('/compare', '/compare', folder);
	await score('/compare (preset link)', await presetLink(), folder);
} finally {
	server.kill('SIGTERM');
}
