/**
 * The share link's names and numbers, apart from the codec so the page can use them without
 * loading the decoder (which brings the format's schemas). url-codec.ts re-exports them.
 */

/** The search parameter that carries the scenario. Never renamed (rule 2). */
export const SCENARIO_PARAM = 's';

/** The version of the link's layout this release writes and reads (rule 3). */
export const LINK_VERSION = 1;
