import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type {
	EngineReply,
	EngineRequest,
	WorkerLike
} from '../../../src/lib/compute/engine-client';
import { figuresFor, workOutFigures, workOutInStages } from '../../../src/lib/compute/figures';
import { unpack, unpackAnalysis } from '../../../src/lib/compute/packed';
import { buildHeadlines } from '../../../src/lib/results/headline';
import { parseScenario } from '../../../src/lib/schemas/scenario';

/** The editor's engine worker: holds each request until the test answers it. */
const worker = {
	received: [] as EngineRequest[],
	onmessage: null as ((event: MessageEvent<EngineReply>) => void) | null,
	onerror: null,
	postMessage(message: EngineRequest) {
		this.received.push(message);
	},
	terminate() {},
	reply(data: EngineReply) {
		this.onmessage?.({ data } as MessageEvent<EngineReply>);
	}
};

vi.mock('../../../src/lib/compute/engine-client', async (original) => ({
	...(await original<typeof import('../../../src/lib/compute/engine-client')>()),
	startEngineWorker: () => worker as unknown as WorkerLike
}));

const { ComparisonEditor } = await import('../../../src/lib/state/comparison.svelte');

const parsed = parseScenario(
	JSON.parse(readFileSync('tests/fixtures/examples/foster-placements.json', 'utf8'))
);
if (!parsed.ok) throw new Error('the example is valid');
const { scenario, analysis, results } = figuresFor(parsed.scenario);
const opening = { scenario, analysis, results };

describe('ComparisonEditor', () => {
	it('takes the whole figures of the headline on show after a newer draft with problems, and keeps the problems', () => {
		const editor = new ComparisonEditor(opening);
		editor.draft.title = 'Edited';
		editor.submit();
		const [edited] = worker.received;
		const stages = workOutInStages(edited.document);
		worker.reply({ id: edited.id, complete: false, outcome: stages.first });

		editor.draft.horizonYears = 'five';
		editor.submit();
		const broken = worker.received[1];
		worker.reply({ id: broken.id, complete: true, outcome: workOutFigures(broken.document) });
		let step = stages.rest!.next();
		while (!step.done) step = stages.rest!.next();
		worker.reply({ id: edited.id, complete: true, outcome: step.value });

		expect([
			editor.problems.map((problem) => problem.path),
			editor.shownScenario.title,
			editor.analysis.options[0].years.length,
			editor.later.scenario.title,
			editor.later.analysis.options[0].years.length
		]).toStrictEqual([['horizonYears'], 'Edited', 0, 'Edited', 5]);
	});

	it('gives the headlines the server drew while its figures are on show, and none after', () => {
		const headlines = buildHeadlines(unpackAnalysis(analysis), unpack(results));
		const editor = new ComparisonEditor({ ...opening, headlines });
		const before = editor.openingHeadlines;

		worker.received.length = 0;
		editor.draft.title = 'Edited again';
		editor.submit();
		const [edited] = worker.received;
		worker.reply({ id: edited.id, complete: true, outcome: workOutFigures(edited.document) });

		expect([before, editor.openingHeadlines, editor.shownScenario.title]).toStrictEqual([
			headlines,
			undefined,
			'Edited again'
		]);
		expect(new ComparisonEditor(opening).openingHeadlines).toBeUndefined();
	});
});
