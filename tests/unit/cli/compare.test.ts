import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../../src/cli/compare';

/**
 * The command line's `run`, called in-process with its standard streams captured, on the
 * worked examples and on broken input. (The compiled file that `npm run compare` and the
 * package's bin run is tested once, as a separate process, in build.test.ts.)
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const EXAMPLES = join(ROOT, 'tests/fixtures/examples');
const NAMES = readdirSync(EXAMPLES)
	.filter((file) => file.endsWith('.json') && !file.endsWith('.expected.json'))
	.map((file) => file.replace(/\.json$/, ''))
	.sort();

interface Run {
	code: number | null;
	stdout: string;
	stderr: string;
}

/** Runs the command line with `args`, `input` on standard input; one run at a time. */
async function compare(args: string[], input?: string): Promise<Run> {
	const out = { stdout: '', stderr: '' };
	const capture = (stream: 'stdout' | 'stderr') =>
		vi.spyOn(process[stream], 'write').mockImplementation((chunk: string | Uint8Array) => {
			out[stream] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
			return true;
		});
	const spies = [
		capture('stdout'),
		capture('stderr'),
		vi
			.spyOn(process, 'stdin', 'get')
			.mockReturnValue(Readable.from([Buffer.from(input ?? '')]) as typeof process.stdin)
	];
	const debug = process.env.DEBUG;
	delete process.env.DEBUG;
	try {
		const code = await run(args);
		return { code, ...out };
	} finally {
		for (const spy of spies) spy.mockRestore();
		if (debug !== undefined) process.env.DEBUG = debug;
	}
}

function example(name: string): string {
	return join(EXAMPLES, `${name}.json`);
}

function expected(name: string): unknown {
	return JSON.parse(readFileSync(join(EXAMPLES, `${name}.expected.json`), 'utf8'));
}

const FOSTER = readFileSync(example('foster-placements'), 'utf8');

/** The foster example with the agency's low weekly price above its central one. */
function fosterWithBadRange(): string {
	const scenario = JSON.parse(FOSTER);
	scenario.options[1].lines[0].amount.low = '850';
	return JSON.stringify(scenario);
}

const scratch = mkdtempSync(join(tmpdir(), 'compare-cli-'));
const TOO_LARGE = join(scratch, 'too-large.json');
const MISSING = join(scratch, 'missing.json');

const runs: Record<string, Run> = {};

beforeAll(async () => {
	writeFileSync(TOO_LARGE, ' '.repeat(5 * 1024 * 1024 + 1));
	const cases: Record<string, () => Promise<Run>> = {
		stdin: () => compare(['-'], FOSTER),
		table: () => compare([example('foster-placements'), '--format', 'table']),
		csv: () => compare([example('foster-placements'), '--format=csv']),
		invalid: () => compare(['-', '--format', 'table'], fosterWithBadRange()),
		missing: () => compare([MISSING]),
		notJson: () => compare(['-'], '{"format": "public-cost-comparison",'),
		tooLarge: () => compare([TOO_LARGE]),
		badFormat: () => compare([example('foster-placements'), '--format', 'xml']),
		help: () => compare(['--help'])
	};
	for (const name of NAMES)
		cases[`json:${name}`] = () => compare([example(name), '--format', 'json']);
	for (const [key, start] of Object.entries(cases)) runs[key] = await start();
}, 60_000);

afterAll(() => {
	rmSync(scratch, { recursive: true, force: true });
});

describe('compare --format json', () => {
	it.each(NAMES)('prints exactly the expected results of %s', (name) => {
		const run = runs[`json:${name}`];
		expect({ code: run.code, stderr: run.stderr, results: JSON.parse(run.stdout) }).toStrictEqual({
			code: 0,
			stderr: '',
			results: expected(name)
		});
	});

	it('prints the document indented by two spaces, with a final newline', () => {
		const run = runs['json:foster-placements'];
		expect(run.stdout).toBe(JSON.stringify(expected('foster-placements'), null, 2) + '\n');
	});

	it('reads the scenario from standard input when the file is "-"', () => {
		expect(JSON.parse(runs.stdin.stdout)).toStrictEqual(expected('foster-placements'));
	});
});

describe('compare --format table', () => {
	it('exits 0 with nothing on standard error', () => {
		expect([runs.table.code, runs.table.stderr]).toEqual([0, '']);
	});

	it.each([
		'Foster placements: in-house carers or an independent agency',
		'  Present value   £20,448,460.00   £19,634,409.60   £21,481,210.51',
		'  Present value                     £12,550,956.14   £11,129,405.44   £14,191,206.94',
		'Break-even: Independent fostering agency never settles below the baseline within the horizon.'
	])('shows the line %j', (line) => {
		expect(runs.table.stdout.split('\n')).toContain(line);
	});

	it('says how low the agency’s weekly price would have to fall', () => {
		expect(runs.table.stdout.replace(/\s+/g, ' ')).toContain(
			'the price would have to be less than £318.63 a week (central £825.00 a week)'
		);
	});
});

describe('compare --format csv', () => {
	const records = (): string[] => runs.csv.stdout.split('\r\n');

	it('starts with the header', () => {
		expect(records()[0]).toBe(
			'option,option_name,line,line_label,year,year_label,cash,real,present_value'
		);
	});

	it('has one row per option, line and year, each ended by CRLF', () => {
		// 5 years × (1 in-house line + 2 agency lines), the header, and the empty end.
		expect(records().length).toBe(1 + 5 * 3 + 1);
	});

	it('has no bare LF line endings', () => {
		expect(runs.csv.stdout.replaceAll('\r\n', '').includes('\n')).toBe(false);
	});

	it('writes exact pennies', () => {
		expect(records()).toContain(
			'in-house,In-house foster carers,placements,Foster placements,5,2030-31,1829310.35,1690000.00,1472737.36'
		);
	});
});

describe('compare with bad input', () => {
	it('exits 2 and reports each problem of an invalid scenario by its path', () => {
		expect(runs.invalid).toEqual({
			code: 2,
			stdout: '',
			stderr: 'options[1].lines[0].amount: low (850) must not be above central (825)\n'
		});
	});

	it('exits 2 for a missing file', () => {
		expect(runs.missing).toEqual({ code: 2, stdout: '', stderr: `${MISSING}: no such file\n` });
	});

	it('exits 2 for input that is not JSON', () => {
		expect([runs.notJson.code, runs.notJson.stdout]).toEqual([2, '']);
	});

	it('says why input that is not JSON was refused', () => {
		expect(runs.notJson.stderr).toMatch(/^standard input: not valid JSON \(.+\)\n$/);
	});

	it('refuses a file over 5 MB before parsing it', () => {
		expect(runs.tooLarge).toEqual({
			code: 2,
			stdout: '',
			stderr: `${TOO_LARGE}: larger than the 5 MB limit\n`
		});
	});

	it('exits 2 with the usage on standard error for an unknown format', () => {
		const run = runs.badFormat;
		expect([
			run.code,
			run.stdout,
			run.stderr.split('\n')[0],
			run.stderr.includes('Usage:')
		]).toEqual([2, '', 'unknown format "xml": use json, table or csv', true]);
	});

	it('never prints a stack trace', () => {
		const traces = Object.entries(runs).filter(([, run]) => run.stderr.includes('    at '));
		expect(traces.map(([key]) => key)).toEqual([]);
	});
});

describe('compare --help', () => {
	it('prints the usage on standard output and exits 0', () => {
		expect([runs.help.code, runs.help.stdout.startsWith('Usage: '), runs.help.stderr]).toEqual([
			0,
			true,
			''
		]);
	});
});
