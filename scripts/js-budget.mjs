/**
 * The JavaScript a page loads first (`npm run budget:js`): starts the production build
 * (`node build`, run `npm run build` first) on 127.0.0.1:$BUDGET_PORT (4181), asks for each
 * page, reads the modules SvelteKit tells the browser to preload (the `Link: …;
 * rel="modulepreload"` header, the same list as the page's own `import()`s and preloads),
 * and sums their gzip sizes (level 9) from build/client. Modules loaded later (chart.js, the
 * workings, the engine worker, zod) are not counted: they are not needed for the first paint.
 *
 * Prints one line per page, `/compare: N KB gzip first-load JavaScript (M files)`, and with
 * `--files` every file and its size. Exits 1 when /compare is over the 100 KB budget.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const PORT = Number(process.env.BUDGET_PORT ?? 4181);
const BASE = `http://127.0.0.1:${PORT}`;
const BUDGET_KB = 100;
const PAGES = ['/compare', '/compare?s=1.not-a-real-link', '/', '/report', '/embed'];
const showFiles = process.argv.includes('--files');

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

/** The modules the page preloads, as paths under build/client. */
async function firstLoad(path) {
	const response = await fetch(BASE + path);
	const link = response.headers.get('link') ?? '';
	return [...link.matchAll(/<\.?\/?([^>]+\.js)>; rel="modulepreload"/g)].map((match) =>
		match[1].replace(/^(\.\.\/)+/, '')
	);
}

if (!existsSync('build/index.js')) throw new Error('run `npm run build` first');
const server = spawn('node', ['build'], {
	env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1' },
	stdio: 'ignore'
});
let over = false;
try {
	await waitForServer();
	for (const page of PAGES) {
		const files = await firstLoad(page);
		let total = 0;
		const rows = [];
		for (const file of files) {
			const bytes = gzipSync(readFileSync(`build/client/${file}`), { level: 9 }).length;
			total += bytes;
			rows.push(`  ${(bytes / 1024).toFixed(1).padStart(6)} KB  ${file}`);
		}
		const kb = total / 1024;
		console.log(`${page}: ${kb.toFixed(1)} KB gzip first-load JavaScript (${files.length} files)`);
		if (showFiles) console.log(rows.join('\n'));
		if (page === '/compare' && kb > BUDGET_KB) over = true;
	}
} finally {
	server.kill('SIGTERM');
}
if (over) {
	console.log(`/compare is over its ${BUDGET_KB} KB budget`);
	process.exitCode = 1;
}
