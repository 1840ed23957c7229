import { availableParallelism } from 'node:os';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		expect: { requireAssertions: true },
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// One worker per core. Vitest's default for a run is one fewer than the cores, which on the
		// build machines' two leaves one core idle while the property and fuzz suites run for tens
		// of seconds each (issue 15: `npm test` in at most 8 minutes).
		maxWorkers: availableParallelism(),
		// Two suites on two cores, with a browser build or another engineer's work beside them,
		// can take several times as long as on a quiet machine; no test here is timed (speed
		// targets are benchmarks), so a slow machine must not fail one.
		testTimeout: 30_000,
		hookTimeout: 60_000,
		// The JSON report feeds the closing line of .ci/run (scripts/summarise-tests.mjs).
		reporters: ['default', 'json'],
		outputFile: { json: 'test-results/vitest.json' }
	}
});
