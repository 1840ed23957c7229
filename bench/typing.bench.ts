/// <reference types="node" />
/**
 * Typing benchmark (`npm run bench:typing`): in a real Chromium against the production
 * build, how long from a keystroke in an amount box to the updated headline, on the large
 * benchmark scenario (6 options × 25 lines × 50 years) and on the foster example.
 *
 * It builds nothing: run `npm run build` first. It starts `node build` on 127.0.0.1:4180,
 * imports each scenario through the page's "Import scenario" box, then types into the high
 * end of the first range and times, in the page's own clock, keydown → the typed character
 * painted (is typing held up?) and keydown → the new headline painted. Prints medians and
 * 90th percentiles.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { scenarioToDocument } from '../src/lib/schemas/serialize';
import { largeScenario } from './scenario';

/** The port the built site is served on; BENCH_PORT chooses another (several benches at once). */
const PORT = Number(process.env.BENCH_PORT ?? 4180);
const BASE = `http://127.0.0.1:${PORT}`;
const KEYSTROKES = 20;

async function waitForServer(): Promise<void> {
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			await fetch(`${BASE}/methodology`);
			return;
		} catch {
			// not up yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error('the server did not start');
}

interface Delays {
	/** Keydown to the frame that shows the typed character: is typing held up? */
	keystroke: number[];
	/** Keydown to the frame that shows the new headline. */
	headline: number[];
}

/** Milliseconds from each keystroke to its echo and to the new headline, in the page's clock. */
async function typingDelays(page: Page, file: string): Promise<Delays> {
	await page.goto(`${BASE}/compare`);
	const importBox = page.getByLabel('Import scenario');
	await importBox.and(page.locator(':enabled')).waitFor();
	await importBox.setInputFiles(file);
	await page
		.getByRole('status')
		.filter({ hasText: /^Imported/ })
		.waitFor();
	// The high end of the first range: adding a digit keeps low ≤ central ≤ high, so every
	// keystroke leaves a valid scenario and a new figure.
	const box = page.getByRole('textbox', { name: /^High/ }).first();
	await box.click();
	await box.press('End');
	const delays: Delays = { keystroke: [], headline: [] };
	for (let i = 0; i < KEYSTROKES; i++) {
		// Listen first, then press: the listeners must be in place before the key goes down.
		await page.evaluate(() => {
			const timing = window as unknown as { typingDelay: Promise<[number, number]> };
			timing.typingDelay = new Promise<[number, number]>((resolve) => {
				const headline = document.querySelector('.headline-bar .headlines')!;
				setTimeout(() => resolve([Number.NaN, Number.NaN]), 10_000);
				let pressed = 0;
				let painted = Number.NaN;
				addEventListener('keydown', () => (pressed = performance.now()), {
					capture: true,
					once: true
				});
				// The keystroke shows once the frame after its input event is painted.
				addEventListener(
					'input',
					() => requestAnimationFrame(() => (painted = performance.now() - pressed)),
					{ capture: true, once: true }
				);
				const observer = new MutationObserver(() => {
					observer.disconnect();
					requestAnimationFrame(() => resolve([painted, performance.now() - pressed]));
				});
				observer.observe(headline, { subtree: true, characterData: true, childList: true });
			});
		});
		// Alternate a digit and a backspace so the figure changes every time and stays sane.
		await page.keyboard.press(i % 2 === 0 ? '7' : 'Backspace');
		const waiting = page.evaluate(
			() => (window as unknown as { typingDelay: Promise<[number, number]> }).typingDelay
		);
		const [keystroke, headline] = await waiting;
		if (Number.isNaN(headline)) throw new Error('the headline did not change within 10 s');
		delays.keystroke.push(keystroke);
		delays.headline.push(headline);
	}
	return delays;
}

function quantiles(values: number[]): string {
	const sorted = [...values].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
	return `${at(0.5).toFixed(1)} ms median, ${at(0.9).toFixed(1)} ms p90`;
}

function describe(label: string, delays: Delays): string {
	return `${label} (${delays.headline.length} keystrokes): typed character shown ${quantiles(delays.keystroke)}; new headline ${quantiles(delays.headline)}`;
}

async function main(): Promise<void> {
	if (!existsSync('build/index.js')) throw new Error('run `npm run build` first');
	const server = spawn('node', ['build'], {
		env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1' },
		stdio: 'ignore'
	});
	const executablePath =
		process.env.CHROMIUM_PATH ||
		(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
	const browser = await chromium.launch({
		executablePath,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
	});
	try {
		await waitForServer();
		const folder = mkdtempSync(join(tmpdir(), 'typing-bench-'));
		const large = join(folder, 'large.json');
		writeFileSync(large, JSON.stringify(scenarioToDocument(largeScenario())));
		const page = await browser.newPage();
		console.log(
			describe(
				'foster example',
				await typingDelays(page, 'tests/fixtures/examples/foster-placements.json')
			)
		);
		console.log(describe('large scenario (6 × 25 × 50)', await typingDelays(page, large)));
	} finally {
		await browser.close();
		server.kill('SIGTERM');
	}
}

await main();
