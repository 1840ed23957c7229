import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer rules of eslint.config.js (style guide §2), run through ESLint's own API on small
 * sources placed, in name only, in each folder: each rule must reject a violating import,
 * whether written $lib/… or relative, and accept a legal one.
 */
const root = path.resolve(import.meta.dirname, '../../..');
let eslint: ESLint;

// Loading the configuration and its parsers takes seconds on a busy machine: once, up front.
beforeAll(async () => {
	eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.js') });
	await eslint.lintText('', { filePath: path.join(root, 'src/lib/x.ts') });
}, 60_000);

/** The messages of the import rules for `source` linted as if it were the file `file`. */
async function importProblems(file: string, source: string): Promise<string[]> {
	const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
	return result.messages
		.filter((m) => m.ruleId === 'layers/imports' || m.ruleId === 'no-restricted-imports')
		.map((m) => m.message);
}

/** [importing file, a forbidden import, a legal import] for each layer. */
const cases: [string, string, string][] = [
	['src/lib/engine/x.ts', '../schemas/scenario', './decimal'],
	['src/lib/engine/x.ts', '$lib/format/money', 'decimal.js'],
	['src/lib/schemas/x.ts', '../components/form/labels', '../engine/types'],
	['src/lib/schemas/x.ts', '$lib/codec/url-codec', '$lib/engine/types'],
	['src/lib/schemas/x.ts', '../presets', './problems'],
	['src/lib/codec/x.ts', '../presets', '../schemas/scenario'],
	['src/lib/codec/x.ts', '../state/draft', './dictionary'],
	['src/lib/presets/x.ts', '../codec/url-codec', '../workings/sources'],
	['src/lib/results/x.ts', '../state/draft', '../format/money'],
	['src/lib/results/x.ts', '$lib/components/form/labels', '$lib/engine'],
	['src/lib/charts/svg/x.ts', '../../components/charts/picture', '../../format/money'],
	['src/lib/workings/x.ts', '../codec/url-codec', '../engine/index'],
	['src/lib/export/xlsx/x.ts', '../../state/draft', '../../codec/url-codec'],
	['src/lib/share/x.ts', '$lib/server/api/limits', '../results/headline'],
	['src/lib/state/x.ts', '../components/form/labels', '../schemas/scenario'],
	['src/lib/state/x.ts', '../server/api/limits', './draft'],
	['src/lib/components/form/x.ts', '../../server/api/limits', '../../state/draft'],
	['src/lib/components/form/x.ts', '$lib/server/http/log', '$lib/results/notes'],
	['src/lib/components/form/x.ts', '../../../routes/compare/library', './labels'],
	['src/lib/server/api/x.ts', '../../components/form/labels', '$lib/schemas/scenario'],
	['src/lib/server/api/x.ts', '$lib/state/draft', '../http/log'],
	['src/lib/server/card/x.ts', '../api/limits', '$lib/share/card-content'],
	['src/lib/somewhere-new/x.ts', '../server/api/limits', '../engine'],
	['src/lib/somewhere-new/x.ts', '$lib/server/api/limits', '$lib/components/form/labels'],
	['src/cli/x.ts', '../lib/server/api/limits', '../lib/engine/index'],
	['src/cli/x.ts', '../routes/compare/library', '../lib/report/table'],
	['src/routes/report/x.ts', '../compare/library', './Headline.svelte'],
	['src/routes/x.ts', './compare/library', '$lib/server/api/limits']
];

describe('layer rules', () => {
	it.each(cases)('%s may not import %s but may import %s', async (file, forbidden, legal) => {
		const rejected = await importProblems(file, `import '${forbidden}';\n`);
		expect(rejected).toHaveLength(1);
		expect(rejected[0]).toMatch(
			/Layers run one way: .+|The engine (is pure|may import only its own files)/
		);
		expect(await importProblems(file, `import '${legal}';\n`)).toEqual([]);
	});

	it('checks re-exports and dynamic imports as well as import declarations', async () => {
		const file = 'src/lib/schemas/x.ts';
		expect(await importProblems(file, "export * from '../state/draft';\n")).toHaveLength(1);
		expect(await importProblems(file, "export { x } from '../state/draft';\n")).toHaveLength(1);
		const lazy = "export const load = () => import('../state/draft');\n";
		expect(await importProblems(file, lazy)).toHaveLength(1);
		expect(await importProblems(file, "export { x } from './problems';\n")).toEqual([]);
	});

	it('keeps Svelte and SvelteKit out of the pure layers but lets state use Svelte', async () => {
		const [svelteProblem] = await importProblems('src/lib/results/x.ts', "import 'svelte';\n");
		expect(svelteProblem).toMatch(/free of Svelte and SvelteKit/);
		expect(await importProblems('src/cli/x.ts', "import '$app/paths';\n")).toHaveLength(1);
		expect(await importProblems('src/lib/state/x.ts', "import 'svelte';\n")).toEqual([]);
	});

	// A real component's path, so that the TypeScript project service knows the file.
	it('holds for the imports of a Svelte component', async () => {
		const component = (from: string) => `<script lang="ts">\n\timport '${from}';\n</script>\n`;
		const file = 'src/lib/components/form/ErrorMessage.svelte';
		expect(await importProblems(file, component('$lib/server/api/limits'))).toHaveLength(1);
		expect(await importProblems(file, component('$lib/state/draft'))).toEqual([]);
	}, 60_000);
});
