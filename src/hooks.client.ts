import { config } from 'zod/v4/core';

/**
 * zod compiles faster parsers with `new Function` where it can, and probes for that when its
 * schemas are built. The pages' content security policy forbids eval (no 'unsafe-eval'), so
 * the probe fails, harmlessly, but Chromium reports it as a policy violation on every page
 * that validates in the browser. Turning the compiler off here, before any schema module
 * loads, skips the probe; the server keeps it. Imported from zod's core alone, so pages that
 * never validate do not load the rest of zod.
 */
config({ jitless: true });
