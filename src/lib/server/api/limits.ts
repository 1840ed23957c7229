/**
 * The API's limits, all checked before the work they guard (SECURITY.md lists them with the
 * rest). The scenario format bounds everything inside a document (10 options, 100 lines, 100
 * years, text lengths: see src/lib/schemas); these bound what reaches the parser at all.
 */

/**
 * The largest request body read, in bytes (512 KiB). The same as adapter-node's default
 * BODY_SIZE_LIMIT, so the stated limit holds without configuration; it is twice the largest
 * scenario a share link carries (`MAX_DOCUMENT_BYTES`, 256 KiB), and far above any real
 * scenario (the worked examples are 2–4 KB). Checked against Content-Length before reading,
 * and again while reading, for bodies sent without one.
 */
export const MAX_BODY_BYTES = 512 * 1024;

/** {@link MAX_BODY_BYTES} in words, for messages and the /api page. */
export const MAX_BODY_WORDS = '512 KiB';

/**
 * How deeply JSON may nest (objects and arrays), checked before validation. A scenario nests
 * six levels at most (scenario → options → option → lines → line → amount); the margin is
 * for clients that wrap it.
 */
export const MAX_JSON_DEPTH = 32;

/**
 * The most fields any one JSON object may have, checked before validation. No object of the
 * format has more than 16; without this, a body of a hundred thousand unknown fields would
 * cost a second of checking (each unknown field is compared with the known ones to suggest a
 * correction).
 */
export const MAX_OBJECT_FIELDS = 64;

/**
 * The longest one computation (validation, analysis and the results document, a page's
 * figures or a card) may take, in milliseconds, from the moment it is asked for (waiting for a
 * worker included), before it is stopped. The largest scenario the format allows (10 options ×
 * 100 lines × 100 years) takes about half a second on a quiet machine, two on a busy one; the
 * limit keeps every answer within three seconds.
 */
export const COMPUTE_TIME_LIMIT_MS = 2_500;

/**
 * How much of an over-long body is read and thrown away after refusing it, in bytes, so the
 * connection can carry the next request; past this the connection is closed instead.
 */
export const MAX_DRAIN_BYTES = 4 * 1024 * 1024;
