import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../../scripts/build-cli.mjs';

/**
 * The compiled command line (npm run build:cli, package.json "bin"), built into a folder with
 * no node_modules anywhere above it and run by plain Node: no tsx, no dev dependencies, no
 * installed packages at all.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const EXAMPLE = join(ROOT, 'tests/fixtures/examples/foster-placements');
const outDir = mkdtempSync(join(tmpdir(), 'compare-build-'));
const CLI = join(outDir, 'compare.mjs');

function node(args: string[], input = '', cli = CLI) {
	const run = spawnSync(process.execPath, [cli, ...args], { cwd: outDir, input, encoding: 'utf8' });
	return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
	await buildCli(outDir);
}, 120_000);

afterAll(() => {
	rmSync(outDir, { recursive: true, force: true });
});

describe('the compiled command line', () => {
	it('prints its usage for --help and exits 0', () => {
		const run = node(['--help']);
		expect([run.code, run.stdout.split('\n')[0], run.stderr]).toEqual([
			0,
			'Usage: npm run --silent compare -- FILE [--format json|table|csv]',
			''
		]);
	});

	it('answers --help and a usage error without loading the validator or the engine', () => {
		// The entry alone, without the chunk holding zod, decimal.js and the engine: --help must
		// not need it (issue 15, --help in at most 400 ms).
		const alone = mkdtempSync(join(tmpdir(), 'compare-entry-'));
		try {
			copyFileSync(CLI, join(alone, 'compare.mjs'));
			const help = node(['--help'], '', join(alone, 'compare.mjs'));
			const unknown = node(['--bogus'], '', join(alone, 'compare.mjs'));
			expect([
				help.code,
				help.stdout.split('\n')[0],
				unknown.code,
				unknown.stderr.split('\n')[0]
			]).toEqual([
				0,
				'Usage: npm run --silent compare -- FILE [--format json|table|csv]',
				2,
				'unknown option "--bogus"'
			]);
		} finally {
			rmSync(alone, { recursive: true, force: true });
		}
	});

	it('prints exactly the expected results of a worked example read from standard input', () => {
		const run = node(['-'], readFileSync(`${EXAMPLE}.json`, 'utf8'));
		expect({ code: run.code, stderr: run.stderr, results: JSON.parse(run.stdout) }).toStrictEqual({
			code: 0,
			stderr: '',
			results: JSON.parse(readFileSync(`${EXAMPLE}.expected.json`, 'utf8'))
		});
	});

	it('exits 2 with the reason for input that is not JSON', () => {
		expect(node(['-'], '[')).toEqual({
			code: 2,
			stdout: '',
			stderr: expect.stringMatching(/^standard input: not valid JSON \(.+\)\n$/)
		});
	});

	it('starts with a line that lets the system run it directly', () => {
		expect(readFileSync(CLI, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
	});
});
