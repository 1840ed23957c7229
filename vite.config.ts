import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		rollupOptions: {
			// The engine's modules are pure (no global side effects): a module whose exports a
			// chunk does not use is left out of it, so the page's first-load JavaScript carries
			// only the engine's rounding and Decimal setup, and the engine itself loads in its
			// worker (issue 12). Without this, the engine's barrel (engine/index.ts) pulled every
			// engine module into the chunk the page loads first.
			treeshake: { moduleSideEffects: (id) => !id.includes('/src/lib/engine/') }
		}
	},
	test: {
		expect: { requireAssertions: true },
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// The JSON report feeds the closing line of .ci/run (scripts/summarise-tests.mjs).
		reporters: ['default', 'json'],
		outputFile: { json: 'test-results/vitest.json' }
	}
});
