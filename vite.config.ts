import { availableParallelism } from 'node:os';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/** Unit suites that touch process-wide state, each run with modules of its own. */
const STATEFUL = [
	'tests/unit/api/**/*.test.ts',
	'tests/unit/cli/**/*.test.ts',
	'tests/unit/links/**/*.test.ts',
	'tests/unit/server/**/*.test.ts',
	'tests/unit/storage/**/*.test.ts',
	'tests/unit/fuzz/api.fuzz.test.ts',
	// The engine worker's module keeps its requests in module state and sets `self`.
	'tests/unit/compute/engine-worker.test.ts',
	// Gives the editor a worker of its own by replacing a module.
	'tests/unit/state/comparison-editor.test.ts'
];

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		rollupOptions: {
			// The engine is pure (style.md): none of its modules does anything when imported. Said
			// here, the bundler keeps in the page's first-load JavaScript only the engine's parts
			// the page uses from the start (Decimal, rounding, the format's types), and leaves the
			// arithmetic, which the page loads later (the workings, a large link's figures) and
			// otherwise runs in the engine worker, to a chunk of its own.
			treeshake: {
				moduleSideEffects: (id: string) => (id.includes('/src/lib/engine/') ? false : undefined)
			}
		}
	},
	test: {
		expect: { requireAssertions: true },
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
		outputFile: { json: 'test-results/vitest.json' },
		// Most suites are pure (the engine, schemas, codec, formatting, exports): they share one
		// module registry per worker instead of loading every module again for each file, which
		// took the unit tests here from 90 s to under 50 s. Suites that change process-wide
		// state (DATA_DIR, spies on stdout, the links store and the worker pools' caches) keep a
		// fresh one each.
		projects: [
			{
				extends: true,
				test: {
					name: 'pure',
					include: ['tests/unit/**/*.test.ts'],
					exclude: STATEFUL,
					isolate: false
				}
			},
			{ extends: true, test: { name: 'stateful', include: STATEFUL, isolate: true } }
		]
	}
});
