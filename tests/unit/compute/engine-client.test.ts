import { describe, expect, it } from 'vitest';
import {
	EngineClient,
	type EngineReply,
	type EngineRequest,
	type WorkerLike
} from '../../../src/lib/compute/engine-client';
import type { FiguresOutcome } from '../../../src/lib/compute/figures';

/** A worker that holds requests until the test answers them. */
class FakeWorker implements WorkerLike {
	received: EngineRequest[] = [];
	onmessage: ((event: MessageEvent<EngineReply>) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	terminated = false;

	postMessage(message: EngineRequest): void {
		this.received.push(message);
	}

	terminate(): void {
		this.terminated = true;
	}

	/**
	 * Answers a request wholly: figures whose scenario is the document it was for, or, for a
	 * document starting "!", problems naming it.
	 */
	answer(request: EngineRequest): void {
		this.reply(request, true);
	}

	/** Answers a request's first stage, the headline's figures. */
	answerFirst(request: EngineRequest): void {
		this.reply(request, false);
	}

	private reply(request: EngineRequest, complete: boolean): void {
		const text = String(request.document);
		const outcome = (
			text.startsWith('!')
				? { ok: false, problems: [{ path: '(scenario)', message: text }] }
				: { ok: true, scenario: text }
		) as FiguresOutcome;
		const data: EngineReply = { id: request.id, complete, outcome };
		this.onmessage?.({ data } as MessageEvent<EngineReply>);
	}
}

/** Each outcome shown, as its document and its stage. */
function track(): { worker: FakeWorker; client: EngineClient; shown: string[] } {
	const worker = new FakeWorker();
	const shown: string[] = [];
	const client = new EngineClient(worker, (outcome, stage) => {
		const text = outcome.ok ? String(outcome.scenario) : outcome.problems[0].message;
		shown.push(`${text} ${stage}`);
	});
	return { worker, client, shown };
}

describe('EngineClient', () => {
	it('sends a request straight away when the worker is free', () => {
		const { worker, client } = track();
		client.request('a');
		expect(worker.received.map((each) => each.document)).toStrictEqual(['a']);
	});

	it('holds back requests while one is worked out, and sends only the newest', () => {
		const { worker, client, shown } = track();
		client.request('a');
		client.request('b');
		client.request('c');
		worker.answer(worker.received[0]);
		worker.answer(worker.received[1]);
		expect([worker.received.map((each) => each.document), shown]).toStrictEqual([
			['a', 'c'],
			['c whole']
		]);
	});

	it('is busy until the newest request has been answered', () => {
		const { worker, client } = track();
		client.request('a');
		client.request('b');
		const busy = [client.busy];
		worker.answer(worker.received[0]);
		busy.push(client.busy);
		worker.answer(worker.received[1]);
		busy.push(client.busy);
		expect(busy).toStrictEqual([true, true, false]);
	});

	it('ignores a reply to a request it is not waiting for', () => {
		const { worker, client, shown } = track();
		client.request('a');
		worker.answer({ id: 99, document: 'stray' });
		worker.answer(worker.received[0]);
		expect(shown).toStrictEqual(['a whole']);
	});

	it("shows a request's first stage, then its whole figures", () => {
		const { worker, client, shown } = track();
		client.request('a');
		worker.answerFirst(worker.received[0]);
		const busy = client.busy;
		worker.answer(worker.received[0]);
		expect([shown, busy, client.busy]).toStrictEqual([['a headline', 'a rest'], true, false]);
	});

	it("sends a newer request as soon as the older one's first stage is back", () => {
		const { worker, client, shown } = track();
		client.request('a');
		client.request('b');
		worker.answerFirst(worker.received[0]);
		const sent = worker.received.map((each) => each.document);
		// The worker may still send the older one's second stage: it is not shown.
		worker.answer(worker.received[0]);
		worker.answerFirst(worker.received[1]);
		worker.answer(worker.received[1]);
		expect([sent, shown, client.busy]).toStrictEqual([['a', 'b'], ['b headline', 'b rest'], false]);
	});

	it('sends a request made after the first stage is back at once', () => {
		const { worker, client, shown } = track();
		client.request('a');
		worker.answerFirst(worker.received[0]);
		client.request('b');
		const sent = worker.received.map((each) => each.document);
		// The older one's whole figures, if the worker finished them before it saw the newer one,
		// still belong to the headline on show.
		worker.answer(worker.received[0]);
		const busy = client.busy;
		worker.answer(worker.received[1]);
		expect([sent, shown, busy, client.busy]).toStrictEqual([
			['a', 'b'],
			['a headline', 'a rest', 'b whole'],
			true,
			false
		]);
	});

	it('shows the whole figures of the headline on show after a newer draft with problems', () => {
		const { worker, client, shown } = track();
		client.request('a');
		worker.answerFirst(worker.received[0]);
		client.request('!b');
		worker.answer(worker.received[1]);
		worker.answer(worker.received[0]);
		expect(shown).toStrictEqual(['a headline', '!b whole', 'a rest']);
	});

	it('drops the whole figures of a headline no longer on show', () => {
		const { worker, client, shown } = track();
		client.request('a');
		worker.answerFirst(worker.received[0]);
		client.request('c');
		worker.answerFirst(worker.received[1]);
		worker.answer(worker.received[0]);
		worker.answer(worker.received[1]);
		expect(shown).toStrictEqual(['a headline', 'c headline', 'c rest']);
	});

	it('works the request out on the main thread when there is no worker', async () => {
		const outcomes: FiguresOutcome[] = [];
		const client = new EngineClient(null, (outcome) => outcomes.push(outcome));
		client.request({ format: 'not a scenario' });
		// The engine module is loaded on first use, which may take a while on a busy machine.
		await expect.poll(() => outcomes.length, { timeout: 30_000 }).toBe(1);
		expect(outcomes[0].ok).toBe(false);
	});
});
