import { PRESETS } from '$lib/presets';
import { MAX_LINES, MAX_OPTIONS, parseScenario } from '$lib/schemas/scenario';
import { MAX_HORIZON_YEARS } from '$lib/schemas/line';
import {
	COMPUTE_TIME_LIMIT_MS,
	MAX_BODY_BYTES,
	MAX_BODY_WORDS,
	MAX_JSON_DEPTH,
	MAX_OBJECT_FIELDS
} from '$lib/server/api/limits';
import {
	problemDetails,
	PROBLEM_TYPES,
	problemTypeUri,
	type ProblemTypeId
} from '$lib/server/api/problem';
import { invalidScenarioDetail } from '$lib/server/api/scenario-endpoints';
import { rateLimitFromEnv } from '$lib/server/links/rate-limit';
import { curlExamples, EXAMPLE_INVALID_SCENARIO } from './examples';
import type { PageServerLoad } from './$types';

/**
 * The /api page's facts, all from the modules the API itself uses, so the page cannot state a
 * limit or an error the API does not have.
 */
export const load: PageServerLoad = ({ url }) => {
	const errors = (Object.keys(PROBLEM_TYPES) as ProblemTypeId[]).map((id) => ({
		/** The fragment of the error's `type`, such as "problem-invalid-json". */
		anchor: problemTypeUri(id).split('#')[1],
		type: problemTypeUri(id),
		...PROBLEM_TYPES[id]
	}));
	const parsed = parseScenario(EXAMPLE_INVALID_SCENARIO);
	const problems = parsed.ok ? [] : parsed.problems;
	return {
		/** Where this API is, as the examples call it. */
		origin: url.origin,
		/** The curl examples, written for this host (examples.ts). */
		examples: curlExamples(url.origin, PRESETS[0]?.id),
		/** Every kind of error, with its status, title and explanation. */
		errors,
		/** The 422 body compare gives for the invalid example, worked out by the validator. */
		exampleProblem: JSON.stringify(
			problemDetails('invalid-scenario', invalidScenarioDetail(problems.length), problems),
			null,
			2
		),
		/** The limits, in words and figures. */
		limits: {
			bodyWords: MAX_BODY_WORDS,
			bodyBytes: MAX_BODY_BYTES,
			jsonDepth: MAX_JSON_DEPTH,
			objectFields: MAX_OBJECT_FIELDS,
			timeLimitMs: COMPUTE_TIME_LIMIT_MS,
			options: MAX_OPTIONS,
			lines: MAX_LINES,
			years: MAX_HORIZON_YEARS,
			linkBurst: rateLimitFromEnv(process.env).burst,
			linkPerMinute: rateLimitFromEnv(process.env).perMinute
		}
	};
};
