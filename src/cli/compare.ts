/**
 * `npm run --silent compare -- FILE [--format json|table|csv]`: reads a scenario (format.md,
 * version 1) from a file, or from standard input when FILE is "-", validates it and prints the
 * comparison on standard output.
 *
 * Exit status: 0 on success; 2 when the input or the arguments are wrong, with every problem on
 * standard error and nothing on standard output; 1 only for a bug in this program. No stack
 * trace is printed unless the DEBUG environment variable is set.
 *
 * Imports are relative (no `$lib`) so that the command line builds without SvelteKit
 * (scripts/build-cli.mjs bundles run-compare.ts, which runs this, into dist-cli/compare.mjs).
 * The validator and the engine (work.ts, with zod, decimal.js and lossless-json) are imported
 * only once the arguments are known to name a file, so `--help` and a usage error answer
 * without loading them (issue 15: `--help` in at most 400 ms).
 */
import { open } from 'node:fs/promises';
import { InputError } from './input-error';

/** Input larger than this is refused before it is parsed: a scenario is a few kilobytes. */
const MAX_INPUT_BYTES = 5 * 1024 * 1024;
const MAX_INPUT_WORDS = '5 MB';

const FORMATS = ['json', 'table', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

const USAGE = `Usage: npm run --silent compare -- FILE [--format json|table|csv]

Compares the options of a scenario (format.md, version 1) and prints the results.

  FILE             the scenario as a JSON file; "-" reads standard input
  --format json    the results document of format.md (the default)
  --format table   a summary to read in a terminal
  --format csv     every option's cost lines year by year, in cash, real terms and present value
  --help           show this help

Exit status: 0 on success, 2 when the input or the arguments are wrong, 1 on an internal error.
`;

type Command = { help: true } | { help: false; file: string; format: Format };

function parseArguments(args: readonly string[]): Command {
	const files: string[] = [];
	let format: Format | undefined;
	const usageError = (message: string): InputError => new InputError([message], true);
	const setFormat = (value: string | undefined): void => {
		if (value === undefined) throw usageError('--format needs a value: json, table or csv');
		if (format !== undefined) throw usageError('--format is given more than once');
		if (!(FORMATS as readonly string[]).includes(value)) {
			throw usageError(`unknown format "${value}": use json, table or csv`);
		}
		format = value as Format;
	};
	if (args.includes('--help') || args.includes('-h')) return { help: true };
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--') {
			files.push(...args.slice(i + 1));
			break;
		} else if (arg === '--format') {
			setFormat(args[++i]);
		} else if (arg.startsWith('--format=')) {
			setFormat(arg.slice('--format='.length));
		} else if (arg.startsWith('-') && arg !== '-') {
			throw usageError(`unknown option "${arg}"`);
		} else {
			files.push(arg);
		}
	}
	if (files.length === 0) throw usageError('no scenario file given');
	if (files.length > 1) throw usageError(`one scenario file at a time (got ${files.length})`);
	return { help: false, file: files[0], format: format ?? 'json' };
}

function tooLarge(name: string): InputError {
	return new InputError([`${name}: larger than the ${MAX_INPUT_WORDS} limit`]);
}

/** Why a file could not be opened or read, in words. */
function fileProblem(name: string, error: unknown): InputError {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	switch (code) {
		case 'ENOENT':
			return new InputError([`${name}: no such file`]);
		case 'EISDIR':
			return new InputError([`${name}: is a directory, not a file`]);
		case 'EACCES':
		case 'EPERM':
			return new InputError([`${name}: cannot be read (permission denied)`]);
		default:
			if (code === undefined) throw error;
			return new InputError([`${name}: cannot be read (${code})`]);
	}
}

/** Reads a file, refusing it as soon as it is known to be over the limit. */
async function readFileLimited(file: string): Promise<Uint8Array> {
	let handle;
	try {
		handle = await open(file, 'r');
	} catch (error) {
		throw fileProblem(file, error);
	}
	try {
		const stats = await handle.stat();
		if (stats.isDirectory()) throw new InputError([`${file}: is a directory, not a file`]);
		if (stats.size > MAX_INPUT_BYTES) throw tooLarge(file);
		// Read to the end rather than trusting the size: pipes and devices report 0.
		const chunks: Uint8Array[] = [];
		let total = 0;
		for (;;) {
			const { bytesRead, buffer } = await handle
				.read(Buffer.alloc(64 * 1024), 0, 64 * 1024, null)
				.catch((error: unknown) => {
					throw fileProblem(file, error);
				});
			if (bytesRead === 0) break;
			total += bytesRead;
			if (total > MAX_INPUT_BYTES) throw tooLarge(file);
			chunks.push(buffer.subarray(0, bytesRead));
		}
		return Buffer.concat(chunks);
	} finally {
		await handle.close();
	}
}

async function readStandardInput(name: string): Promise<Uint8Array> {
	const chunks: Buffer[] = [];
	let total = 0;
	for await (const chunk of process.stdin) {
		const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
		total += bytes.length;
		if (total > MAX_INPUT_BYTES) throw tooLarge(name);
		chunks.push(bytes);
	}
	return Buffer.concat(chunks);
}

async function main(args: readonly string[]): Promise<number> {
	const command = parseArguments(args);
	if (command.help) {
		process.stdout.write(USAGE);
		return 0;
	}
	const name = command.file === '-' ? 'standard input' : command.file;
	const bytes =
		command.file === '-' ? await readStandardInput(name) : await readFileLimited(command.file);
	const { compareBytes } = await import('./work');
	// The whole output is built before any of it is written, so a failure leaves stdout empty.
	process.stdout.write(compareBytes(name, bytes, command.format));
	return 0;
}

/**
 * Runs the command line with these arguments and resolves to its exit status, having written
 * the results or the problems. src/cli/run-compare.ts wires it to the process; the tests call
 * it in-process.
 */
export async function run(args: readonly string[]): Promise<number> {
	try {
		return await main(args);
	} catch (error) {
		if (error instanceof InputError) {
			process.stderr.write(error.problems.map((problem) => `${problem}\n`).join(''));
			if (error.showUsage) process.stderr.write(`\n${USAGE}`);
			return 2;
		}
		const message = error instanceof Error ? error.message : String(error);
		process.stderr.write(`internal error: ${message.split('\n')[0]}\n`);
		process.stderr.write('This is a bug in the comparator; please report it with the input.\n');
		if (process.env.DEBUG && error instanceof Error && error.stack) {
			process.stderr.write(`${error.stack}\n`);
		}
		return 1;
	}
}
