import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/** E2E_PORT lets several copies of the project run their browser tests side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4173);
const onCI = !!process.env.CI;

/**
 * The system Chromium: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, else undefined so
 * that Playwright looks for its own browser (`npx playwright install chromium`).
 */
const executablePath =
	process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/**
 * Browser tests run two at a time (E2E_WORKERS to change it): each test opens its own page and
 * the server keeps no state between requests, so tests are independent and may run in any
 * worker. A file whose tests share state (a server-side store, a count) must say so with
 * `test.describe.configure({ mode: 'serial' })`. Two workers suit the build machines' two
 * cores, which the server under test shares.
 */
const WORKERS = Number(process.env.E2E_WORKERS ?? 2);

/** Specs that run with JavaScript switched off: the figures must come from the server. */
const NO_JS_SPECS = '**/*.nojs.e2e.ts';

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	// Kept apart from test-results/ itself, which Playwright would empty at the start of a run,
	// taking vitest's report with it.
	outputDir: 'test-results/playwright',
	forbidOnly: onCI,
	retries: onCI ? 1 : 0,
	fullyParallel: true,
	workers: WORKERS,
	// Two browsers and the server share two cores: axe on a full comparison page and the
	// keyboard walk through the editor ran past 30 s on a busy machine, and passed given longer.
	// Tests that read one page load for several checks (issue 15) take longer each, and under a
	// load average of 20 axe on an imported example took 60 s: a failing test still fails,
	// only later.
	timeout: 120_000,
	reporter: [[onCI ? 'dot' : 'list'], ['json', { outputFile: 'test-results/pw.json' }]],
	webServer: {
		// The production build, served by adapter-node as in production. The site only: `npm run
		// build` would also compile the command line, which the unit tests build and run
		// themselves (tests/unit/cli/build.test.ts), so `npm test` builds each thing once.
		command: 'npx vite build && node scripts/serve.mjs',
		url: `http://127.0.0.1:${PORT}`,
		// ORIGIN tells adapter-node the address it is reached at; without it, it assumes https,
		// and addresses the app writes for itself (the /api page's examples) would be wrong.
		env: { PORT: String(PORT), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${PORT}` },
		reuseExistingServer: !onCI,
		timeout: 180_000,
		stdout: 'ignore',
		stderr: 'pipe'
	},
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		// A trace of the retry of a failed test (CI retries once): recording one for every test,
		// to keep only the failures', cost about 5% of the browser tests' time here.
		trace: 'on-first-retry',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath,
			// Stop Chromium's background connections, which the build machines' network refuses.
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [
		{ name: 'chromium', testIgnore: NO_JS_SPECS, use: { javaScriptEnabled: true } },
		{ name: 'no-js', testMatch: NO_JS_SPECS, use: { javaScriptEnabled: false } }
	]
});
