/**
 * zod compiles faster parsers with `new Function` where it can, and probes for that when its
 * schemas are built. The pages' content security policy forbids eval (no 'unsafe-eval'), so
 * the probe fails, harmlessly, but Chromium reports it as a policy violation on every page
 * that validates in the browser. Turning the compiler off here, before any schema module
 * loads, skips the probe; the server keeps it. zod reads its settings from this global (zod's
 * `config()` writes the same object), so setting it here loads none of zod: the compare page
 * leaves validation to its engine worker (which sets the same in `$lib/compute/jitless.ts`)
 * and loads zod in the page only when a file is imported or a saved scenario read.
 */
const zodGlobal = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
zodGlobal.__zod_globalConfig = { ...zodGlobal.__zod_globalConfig, jitless: true };
