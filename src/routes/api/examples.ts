/**
 * The curl examples of the /api page, written for the host that serves the page so they can
 * be copied and run as they stand. tests/e2e/api.e2e.ts runs every one of them against a real
 * server and checks the status each promises, so an example that stops working fails CI.
 */

/** One example: what it does, the command, and the status it answers with. */
export interface CurlExample {
	/** Stable, for anchors and tests. */
	id: string;
	title: string;
	/** A sentence or two on what it shows. */
	description: string;
	/** The command, one argument a line, to paste into a POSIX shell. */
	command: string;
	/** The HTTP status it answers with. */
	status: number;
	/** The status it answers with when run a second time, if another. */
	repeatStatus?: number;
	/** What comes back, in words. */
	answer: string;
	/** A file the command reads, which the reader saves first (name and contents). */
	file?: { name: string; contents: string };
}

/** A small valid scenario: two ways of cleaning offices over three years. */
export const EXAMPLE_SCENARIO = {
	format: 'public-cost-comparison',
	version: 1,
	title: 'Office cleaning: in-house staff or a contract',
	startYear: 2026,
	horizonYears: 3,
	options: [
		{
			id: 'in-house',
			name: 'In-house cleaners',
			kind: 'in-house',
			lines: [{ id: 'staff', kind: 'staff', fte: '4', salary: '24000', onCostPercent: '30' }]
		},
		{
			id: 'contract',
			name: 'Cleaning contract',
			kind: 'private',
			lines: [{ id: 'fee', kind: 'recurring', amount: '11000', per: 'month' }]
		}
	]
};

/** A scenario with two mistakes: a horizon of no years, and a misspelt period. */
export const EXAMPLE_INVALID_SCENARIO = {
	format: 'public-cost-comparison',
	version: 1,
	title: 'A scenario with mistakes',
	startYear: 2026,
	horizonYears: 0,
	options: [
		{
			id: 'contract',
			name: 'Cleaning contract',
			lines: [{ id: 'fee', kind: 'recurring', amount: '11000', per: 'mnth' }]
		}
	]
};

/** JSON to put inside single quotes in a shell command: it must not contain one itself. */
function quoted(value: unknown): string {
	const json = JSON.stringify(value);
	if (json.includes("'")) throw new Error('An example body must not contain a single quote.');
	return `'${json}'`;
}

const JSON_HEADER = "-H 'Content-Type: application/json'";

/**
 * Every example, for the API at `origin`.
 *
 * @param origin Such as "https://example.org", with no trailing slash.
 * @param presetId A preset that exists, for the preset example; none when there are none.
 */
export function curlExamples(origin: string, presetId: string | undefined): CurlExample[] {
	const examples: CurlExample[] = [
		{
			id: 'compare',
			title: 'Compare a scenario',
			description:
				'Send a scenario as JSON; the answer is the results document of format version 1, ' +
				'with every figure to the penny.',
			command: [
				`curl -sS ${origin}/api/v1/compare`,
				`  ${JSON_HEADER}`,
				`  --data-binary ${quoted(EXAMPLE_SCENARIO)}`
			].join(' \\\n'),
			status: 200,
			answer: 'the results document'
		},
		{
			id: 'compare-file',
			title: 'Compare a scenario saved in a file',
			description:
				'Save a scenario as scenario.json (the comparison page can download one), then send ' +
				'the file as it is. The "@" tells curl to read the file.',
			command: [
				`curl -sS ${origin}/api/v1/compare`,
				`  ${JSON_HEADER}`,
				'  --data-binary @scenario.json'
			].join(' \\\n'),
			status: 200,
			answer: 'the results document',
			file: { name: 'scenario.json', contents: `${JSON.stringify(EXAMPLE_SCENARIO, null, 2)}\n` }
		},
		{
			id: 'validate',
			title: 'Check a scenario without computing it',
			description:
				'The answer says whether the scenario is valid and lists every problem, each with its ' +
				'path and what to change. This one has two.',
			command: [
				`curl -sS ${origin}/api/v1/validate`,
				`  ${JSON_HEADER}`,
				`  --data-binary ${quoted(EXAMPLE_INVALID_SCENARIO)}`
			].join(' \\\n'),
			status: 200,
			answer: '{"valid": false, "problems": […]}'
		},
		{
			id: 'compare-invalid',
			title: 'What an invalid scenario gets',
			description:
				'Compare refuses an invalid scenario whole, with the same problems, as problem details ' +
				'(see "Errors" below).',
			command: [
				`curl -sS ${origin}/api/v1/compare`,
				`  ${JSON_HEADER}`,
				`  --data-binary ${quoted(EXAMPLE_INVALID_SCENARIO)}`
			].join(' \\\n'),
			status: 422,
			answer: 'problem details with every problem'
		},
		{
			id: 'link',
			title: 'Get a short link to a scenario',
			description:
				'The site keeps the scenario for good and answers with its short link, which opens the ' +
				'comparison page. The same scenario always gets the same link, however its JSON is ' +
				'written.',
			command: [
				`curl -sS ${origin}/api/v1/links`,
				`  ${JSON_HEADER}`,
				`  --data-binary ${quoted(EXAMPLE_SCENARIO)}`
			].join(' \\\n'),
			status: 201,
			repeatStatus: 200,
			answer: '{"id", "url"}: the short link'
		},
		{
			id: 'presets',
			title: 'List the presets',
			description: 'Ready-made comparisons built from published figures.',
			command: `curl -sS ${origin}/api/v1/presets`,
			status: 200,
			answer: '{"presets": [{"id", "title", "summary", "href"}, …]}'
		}
	];
	if (presetId !== undefined) {
		examples.push({
			id: 'preset',
			title: 'Get one preset',
			description:
				'A preset with its whole scenario document, ready to change and send to compare.',
			command: `curl -sS ${origin}/api/v1/presets/${encodeURIComponent(presetId)}`,
			status: 200,
			answer: '{"id", "title", "summary", "document"}'
		});
	}
	examples.push(
		{
			id: 'schema',
			title: 'Get the JSON Schema of a scenario',
			description:
				'For editors and code generators. Rules that span fields, such as references ' +
				'between lines, are checked by the API, not by the schema.',
			command: `curl -sS ${origin}/api/v1/schema`,
			status: 200,
			answer: 'a JSON Schema (draft 2020-12)'
		},
		{
			id: 'openapi',
			title: 'Get the OpenAPI description',
			description: 'Every address, request and answer of the API, as OpenAPI 3.1.',
			command: `curl -sS ${origin}/api/v1/openapi.json`,
			status: 200,
			answer: 'an OpenAPI 3.1 document'
		}
	);
	return examples;
}
