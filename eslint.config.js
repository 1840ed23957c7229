import prettier from 'eslint-config-prettier';
import path from 'node:path';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, globalIgnores, includeIgnoreFile } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';
import layers from './eslint/layers.js';

const gitignorePath = path.resolve(import.meta.dirname, '.gitignore');

/**
 * The engine (style guide §1–2) may import decimal.js and its own files, nothing else: no
 * svelte, $app, $lib, zod or node built-ins. A file `depth` folders below src/lib/engine may
 * climb at most `depth` folders, so a relative import never leaves the engine.
 */
function engineImports(depth) {
	const folder = ['src/lib/engine', ...Array(depth).fill('*')].join('/');
	const climbs = '(?:\\.\\./)'.repeat(depth + 1);
	return {
		files: [`${folder}/*.ts`, `${folder}/*.js`],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^(?!decimal\\.js$|\\.{1,2}/)',
							message: 'The engine is pure: it may import only decimal.js and its own files.'
						},
						{
							regex: `^(?:\\./)?${climbs}`,
							message: 'The engine may import only its own files, not from outside src/lib/engine.'
						}
					]
				}
			]
		}
	};
}

/**
 * Packages the pure layers must not depend on. Imports of the project's own folders, $lib or
 * relative, are checked by the layer rule (eslint/layers.js, tests/unit/lint/layers.test.ts).
 */
const NOT_BELOW_THE_UI = [
	{
		group: ['svelte', 'svelte/*', '$app/*'],
		message: 'Keep this layer free of Svelte and SvelteKit so the CLI and the API can use it.'
	}
];

export default defineConfig(
	includeIgnoreFile(gitignorePath),
	globalIgnores(['build/', '.svelte-kit/', 'test-results/', 'static/schema/']),
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	prettier,
	svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// typescript-eslint strongly recommend that you do not use the no-undef lint rule on TypeScript projects.
			// see: https://typescript-eslint.io/troubleshooting/faqs/eslint/#i-get-errors-from-the-no-undef-rule-about-global-variables-not-being-defined-even-though-there-are-no-typescript-errors
			'no-undef': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser
			}
		}
	},
	engineImports(0),
	engineImports(1),
	engineImports(2),
	{
		// Layers run one way, whether an import is written $lib/… or ../… (style guide §2).
		files: ['src/**/*.ts', 'src/**/*.js', 'src/**/*.svelte'],
		plugins: { layers },
		rules: { 'layers/imports': 'error' }
	},
	{
		files: [
			'src/lib/schemas/**/*.ts',
			'src/lib/format/**/*.ts',
			'src/lib/workings/**/*.ts',
			'src/lib/report/**/*.ts',
			'src/lib/results/**/*.ts',
			'src/lib/charts/**/*.ts',
			'src/lib/codec/**/*.ts',
			'src/lib/storage/**/*.ts',
			'src/lib/presets/**/*.ts',
			'src/lib/export/**/*.ts',
			'src/lib/share/**/*.ts',
			'src/lib/server/card/**/*.ts',
			'src/cli/**/*.ts'
		],
		rules: {
			'no-restricted-imports': ['error', { patterns: NOT_BELOW_THE_UI }]
		}
	}
);
