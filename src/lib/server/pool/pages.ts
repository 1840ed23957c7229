import { SCENARIO_PARAM } from '$lib/codec/url-codec';
import { COMPUTE_TIME_LIMIT_MS } from '../api/limits';
import { markUncacheable } from '../http/page-cache';
import { PoolBusyError, runInPool, TimeLimitExceededError } from './index';
import type { KeptScenario, PageLink } from './tasks';

/**
 * The server side of the pages that read a share link (`/compare`, `/report`): the link is
 * read, checked and, for a scenario over the page's budget (./budget.ts), summarised, in the
 * worker pool. A link the server cannot work out in time, or while the pool is full, still gets
 * a page: an empty summary, and the browser works the link out itself.
 */
export async function pageLinkOf(url: URL): Promise<PageLink> {
	if (!url.searchParams.has(SCENARIO_PARAM)) return { link: null, large: null };
	try {
		return await runInPool<PageLink>(
			{ kind: 'page', query: url.searchParams.toString() },
			COMPUTE_TIME_LIMIT_MS
		);
	} catch (error) {
		if (error instanceof TimeLimitExceededError || error instanceof PoolBusyError) {
			markUncacheable();
			return { link: null, large: { title: null, headlines: [], reason: 'busy' } };
		}
		throw error;
	}
}

/**
 * A short link's page: the kept scenario read, checked and, over the budget, summarised in the
 * worker pool as a share link is, with its self-contained link and card key worked out there
 * too, so that no kept scenario, however large, is read on the event loop.
 */
export async function keptPageOf(kept: KeptScenario): Promise<PageLink> {
	try {
		return await runInPool<PageLink>({ kind: 'page', query: '', kept }, COMPUTE_TIME_LIMIT_MS);
	} catch (error) {
		if (error instanceof TimeLimitExceededError || error instanceof PoolBusyError) {
			markUncacheable();
			return { link: null, large: { title: null, headlines: [], reason: 'busy' } };
		}
		throw error;
	}
}
