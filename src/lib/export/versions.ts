import { LINK_VERSION } from '../codec/params';
import { FORMAT_VERSION } from '../schemas/limits';

/**
 * The versions of the rules behind every figure that leaves the page, as a report, a
 * spreadsheet or a file states them, so a reader years later knows which rules made the
 * figures (methodology.md and format.md, shared/spec).
 */

/** The methodology every figure follows (methodology.md, "Methodology, version 1"). */
export const METHODOLOGY_VERSION = 1;

/** The results document's version (format.md, "Results"); written in every results file. */
export const RESULTS_FORMAT_VERSION = 1;

/** The versions, in one sentence: "Methodology version 1; exchange format version 1; …". */
export function versionsSentence(): string {
	return (
		`Methodology version ${METHODOLOGY_VERSION}; exchange format version ${FORMAT_VERSION} ` +
		`(scenario and results documents); share link version ${LINK_VERSION}.`
	);
}

export { FORMAT_VERSION, LINK_VERSION };
