/**
 * Builds the command line (src/cli/compare.ts) into one self-contained ES module,
 * dist-cli/compare.mjs, that Node runs directly: no tsx, no TypeScript, no dev dependencies
 * (issue 15: tsx spent 1.6 s before it read a file, and was gone after `npm install
 * --omit=dev`). decimal.js, zod and lossless-json are bundled in, so the files need nothing
 * installed; they sit in a chunk beside the entry, loaded only when there is a scenario to read.
 *
 * `node scripts/build-cli.mjs [OUTDIR]`; `npm run build:cli` writes dist-cli/.
 */
import { chmod } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = path.resolve(import.meta.dirname, '..');

/** The command lines to build: the output file's name and its entry. */
export const COMMANDS = { compare: 'src/cli/run-compare.ts' };

/**
 * Bundles each command into `outDir` (dist-cli/ by default) and makes it executable.
 * @param {string} [outDir]
 */
export async function buildCli(outDir = path.join(ROOT, 'dist-cli')) {
	await build({
		root: ROOT,
		configFile: false,
		logLevel: 'warn',
		// Every import is bundled, node built-ins aside: the file must run with nothing installed.
		ssr: { noExternal: true, target: 'node' },
		build: {
			ssr: true,
			outDir,
			emptyOutDir: true,
			target: 'node20',
			minify: true,
			copyPublicDir: false,
			reportCompressedSize: false,
			rolldownOptions: {
				input: Object.fromEntries(
					Object.entries(COMMANDS).map(([name, entry]) => [name, path.join(ROOT, entry)])
				),
				// The validator and the engine go into a chunk of their own (src/cli/work.ts, imported
				// late) that `--help` never loads; the banner is only needed on the entry.
				output: {
					format: 'es',
					entryFileNames: '[name].mjs',
					chunkFileNames: '[name].mjs',
					banner: (chunk) => (chunk.isEntry ? '#!/usr/bin/env node' : '')
				}
			}
		}
	});
	await Promise.all(
		Object.keys(COMMANDS).map((name) => chmod(path.join(outDir, `${name}.mjs`), 0o755))
	);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	await buildCli(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
}
