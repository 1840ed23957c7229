/**
 * A scenario written as a file (scenario-file.ts reads them back). Apart from the reader so
 * that a page can offer the file without loading the format's schemas.
 */
import type { Scenario } from '../engine/types';
import { scenarioToDocument } from '../schemas/serialize';

/** The longest file name made from a title, before ".json". */
const MAX_SLUG_LENGTH = 80;

/**
 * The text of a scenario's file: its canonical document (every number a decimal string,
 * every top-level default written), indented by two spaces, with a closing newline.
 */
export function scenarioFileText(scenario: Scenario): string {
	return `${JSON.stringify(scenarioToDocument(scenario), null, 2)}\n`;
}

/**
 * A file name for a scenario: its title in lower-case letters, digits and hyphens, at most
 * 80 characters, then ".json"; "scenario.json" when the title has no letters or digits.
 *
 * @example scenarioFileName(foster) // "foster-placements-in-house-carers-or-an-independent-agency.json"
 */
export function scenarioFileName(scenario: Scenario): string {
	const slug = scenario.title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	const cut = slug.length > MAX_SLUG_LENGTH ? cutAtWord(slug) : slug;
	return `${cut === '' ? 'scenario' : cut}.json`;
}

function cutAtWord(slug: string): string {
	const head = slug.slice(0, MAX_SLUG_LENGTH + 1);
	const lastHyphen = head.lastIndexOf('-');
	return (lastHyphen > 0 ? head.slice(0, lastHyphen) : head.slice(0, MAX_SLUG_LENGTH)).replace(
		/-+$/,
		''
	);
}
