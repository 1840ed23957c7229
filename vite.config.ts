import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		expect: { requireAssertions: true },
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// The JSON report feeds the closing line of .ci/run (scripts/summarise-tests.mjs).
		reporters: ['default', 'json'],
		outputFile: { json: 'test-results/vitest.json' }
	}
});
