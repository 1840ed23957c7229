/**
 * The comparison engine: pure, exact, decimal.js only (methodology.md version 1). It takes a
 * validated scenario and returns every figure unrounded; `toResultsDocument` rounds them for
 * export. No Svelte, DOM, Node or zod here, so the page, a worker, the server and the CLI run
 * the same code.
 */
export { analyse, breakEvenYear } from './compare';
export { toResultsDocument } from './results-document';
export { roundPenniesHalfUp } from './rounding';
export { yearLabel, yearLabels } from './financial-year';
export { discountFactors, greenBookRate } from './discounting';
export { Exact, FACTOR_PRECISION } from './decimal';
export type * from './analysis';
export type * from './types';
export type * from './results-document';
export { INPUT_FIELDS, LINEAR_FIELDS, OPTION_INPUT_FIELDS } from './types';
export { optionInputsLine, OPTION_INPUTS_LABEL } from './option-inputs';
export { lineYearWorking } from './workings';
export type { LineYearWorking, WorkingInput } from './workings';
