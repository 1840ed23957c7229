import { COMPUTE_TIME_LIMIT_MS } from '../api/limits';
import { genericCardKey } from '$lib/share/card-key';
import { genericCardPng, PoolBusyError, runInPool, TimeLimitExceededError } from './index';
import type { CardResult, KeptScenario, PageLink } from './tasks';

/**
 * A card in two steps, each in its own pool, each kept by the result cache:
 *
 * 1. the link is read, checked and sized by the same `page` task as `/compare` and `/report`
 *    (so a link's page and its card read it once between them), in the computation pool, where
 *    a slow read of the largest scenario is stopped at the limit and costs only a worker that
 *    restarts in a moment;
 * 2. the card worker draws what that found: the scenario's own card when it is within the
 *    pages' budget, else the generic card. Its work is bounded, so a card worker (seconds to
 *    load satori and its fonts) is stopped only on a machine too busy to draw in time.
 *
 * When either step passes its deadline or is refused, the link gets the generic card (kind
 * `busy`, never kept), as a page gets its summary: a link preview shows whatever comes back.
 *
 * @param source a share link's query, or a kept scenario (a short link's)
 * @throws {TimeLimitExceededError} or {@link PoolBusyError} only from the sources, where there
 *   is no generic card drawn at start-up
 */
export async function cardOf(
	source: { query: string; kept?: KeptScenario },
	release: string
): Promise<CardResult> {
	try {
		return await readAndDraw(source, release);
	} catch (error) {
		const png = genericCardPng();
		if ((error instanceof TimeLimitExceededError || error instanceof PoolBusyError) && png) {
			return { key: genericCardKey(release), kind: 'busy', png };
		}
		throw error;
	}
}

async function readAndDraw(
	source: { query: string; kept?: KeptScenario },
	release: string
): Promise<CardResult> {
	const started = performance.now();
	const page = await runInPool<PageLink>(
		{ kind: 'page', query: source.query, kept: source.kept },
		COMPUTE_TIME_LIMIT_MS
	);
	const link = page.link;
	const as: CardResult['kind'] =
		page.large !== null ? 'too-large' : link === null ? 'generic' : link.ok ? 'scenario' : 'broken';
	// The drawing gets what is left of the limit, but never less than it needs on a busy machine.
	const left = COMPUTE_TIME_LIMIT_MS - (performance.now() - started);
	return runInPool<CardResult>(
		{ kind: 'card', scenario: link?.ok ? link.scenario : null, as, release },
		Math.max(MIN_DRAW_MS, Math.round(left)),
		{ source: `${source.query}\n${source.kept?.text ?? ''}` }
	);
}

/** The least time a drawing is given, in milliseconds, however long the reading took. */
const MIN_DRAW_MS = 1_500;
