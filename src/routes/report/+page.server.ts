import { pageLinkOf } from '$lib/server/pool/pages';
import type { PageServerLoad } from './$types';

/**
 * The share link, read in the server's worker pool, as for the comparison page: the report
 * renders on the server for printing without JavaScript, but never works a scenario out on the
 * event loop, and a scenario over the page's budget comes as a summary (see +page.ts).
 */
export const load: PageServerLoad = async ({ url }) => pageLinkOf(url);
