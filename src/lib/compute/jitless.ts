import { config } from 'zod/v4/core';

// As in hooks.client.ts: zod's `new Function` probe, which a strict content security policy
// reports, is skipped. A module of its own so it runs before any schema module is evaluated.
config({ jitless: true });
