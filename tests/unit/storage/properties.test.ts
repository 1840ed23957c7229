import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/lib/schemas/scenario';
import { ScenarioLibrary } from '../../../src/lib/storage/saved-scenarios';
import { readScenarioFile, scenarioFileText } from '../../../src/lib/storage/scenario-file';
import { arbScenarioDocument } from '../../fixtures/arbitraries';
import { FakeStorage, stoppedClock } from './fake-storage';

const arbScenario = arbScenarioDocument.map((document) => {
	const parsed = parseScenario(document);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
	return parsed.scenario;
});

describe('a scenario kept in a file or in the browser', () => {
	it('reads back from its file exactly', () => {
		fc.assert(
			fc.property(arbScenario, (scenario) => {
				expect(readScenarioFile(scenarioFileText(scenario), 'x.json')).toStrictEqual({
					ok: true,
					scenario
				});
			}),
			{ numRuns: 200 }
		);
	});

	it('opens from "My scenarios" exactly', () => {
		fc.assert(
			fc.property(arbScenario, (scenario) => {
				const library = new ScenarioLibrary(new FakeStorage(), stoppedClock());
				const saved = library.save(scenario);
				const loaded = library.load(saved.ok ? saved.value.id : '');
				expect(loaded.ok ? loaded.value.scenario : loaded.message).toStrictEqual(scenario);
			}),
			{ numRuns: 200 }
		);
	});
});
