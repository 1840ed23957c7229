/**
 * The plain notation every decimal in the format must have (decimal.ts explains it), apart
 * from the schemas so that writing a document (serialize.ts) needs no zod.
 */
export const DECIMAL_PATTERN = /^-?\d{1,15}(\.\d{1,10})?$/;
