/**
 * Command-line start-up benchmark (`npm run bench:cli`): how long the compiled command line
 * (dist-cli/compare.mjs, built first) takes for `--help` and for a worked example, against a
 * bare `node -e 0`, the floor no command line can beat. Target (issue 15): `--help` ≤ 400 ms.
 *
 *   node bench/cli.bench.mjs [--runs=N]
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildCli } from '../scripts/build-cli.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'dist-cli/compare.mjs');
const EXAMPLE = path.join(ROOT, 'tests/fixtures/examples/foster-placements.json');
const RUNS = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 20);
const WARMUP = 2;

/** Wall-clock milliseconds of each of RUNS runs of `node ...args`, after WARMUP unmeasured ones. */
function measure(args) {
	const times = [];
	for (let i = 0; i < WARMUP + RUNS; i++) {
		const start = performance.now();
		const run = spawnSync(process.execPath, args, {
			cwd: ROOT,
			stdio: ['ignore', 'ignore', 'pipe']
		});
		const elapsed = performance.now() - start;
		if (run.status !== 0)
			throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
		if (i >= WARMUP) times.push(elapsed);
	}
	return times.sort((a, b) => a - b);
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

await buildCli();
const cases = {
	'node -e 0 (the floor)': ['-e', '0'],
	'compare --help': [CLI, '--help'],
	'compare example --format table': [CLI, EXAMPLE, '--format', 'table']
};
console.log(`${RUNS} runs each after ${WARMUP} warm-up runs; milliseconds, wall clock`);
console.log('case'.padEnd(34) + 'min'.padStart(8) + 'median'.padStart(8) + 'p90'.padStart(8));
for (const [name, args] of Object.entries(cases)) {
	const times = measure(args);
	const row = [times[0], quantile(times, 0.5), quantile(times, 0.9)].map((t) =>
		t.toFixed(0).padStart(8)
	);
	console.log(name.padEnd(34) + row.join(''));
}
