/**
 * The format's version and size limits (format.md), with no schema attached, so a page can
 * show them without loading zod. scenario.ts re-exports them.
 */
export const FORMAT = 'public-cost-comparison';
export const FORMAT_VERSION = 1;
export const MAX_OPTIONS = 10;
export const MAX_LINES = 100;
export const MAX_SOURCES = 200;
