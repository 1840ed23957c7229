/**
 * Writes the scenario format's JSON Schema to static/schema/scenario-v1.json, where the
 * site serves it. Run by `npm run schema` whenever the schemas change; a unit test fails
 * while the checked-in copy differs from what this would write.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from '../lib/schemas/json-schema';

const target = fileURLToPath(new URL('../../static/schema/scenario-v1.json', import.meta.url));
writeFileSync(target, scenarioJsonSchemaText());
console.log(`wrote ${target}`);
