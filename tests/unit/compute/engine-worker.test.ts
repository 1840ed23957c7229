import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EngineReply, EngineRequest } from '../../../src/lib/compute/engine-client';
import { workOutFigures } from '../../../src/lib/compute/figures';

const document: unknown = JSON.parse(
	readFileSync('tests/fixtures/examples/foster-placements.json', 'utf8')
);

/** A worker's global scope: what the worker posts, and a way to send it requests. */
interface Scope {
	posted: EngineReply[];
	onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
	postMessage(reply: EngineReply): void;
}

/** A fresh copy of the worker module, run against a scope of its own. */
async function startWorker(onPost: (reply: EngineReply, scope: Scope) => void = () => {}) {
	const scope: Scope = {
		posted: [],
		onmessage: null,
		postMessage(reply) {
			this.posted.push(reply);
			onPost(reply, this);
		}
	};
	vi.stubGlobal('self', scope);
	vi.resetModules();
	await import('../../../src/lib/compute/engine.worker');
	const send = (id: number, sent: unknown = document): void =>
		scope.onmessage?.({ data: { id, document: sent } } as MessageEvent<EngineRequest>);
	return { scope, send };
}

/** Each reply as its request's number and stage. */
function stages(scope: Scope): string[] {
	return scope.posted.map((reply) => `${reply.id} ${reply.complete ? 'whole' : 'first'}`);
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('the engine worker', () => {
	it("answers with the headline's figures, then the whole figures", async () => {
		const { scope, send } = await startWorker();
		send(1);
		await expect.poll(() => stages(scope)).toStrictEqual(['1 first', '1 whole']);
		expect(scope.posted[1].outcome).toStrictEqual(workOutFigures(document));
	});

	it('works out only the newest of requests that arrive together', async () => {
		const { scope, send } = await startWorker();
		send(1);
		send(2);
		send(3);
		await expect.poll(() => stages(scope)).toStrictEqual(['3 first', '3 whole']);
	});

	it('drops the rest of a request when a newer one arrives after its first stage', async () => {
		let sent = false;
		const { scope, send } = await startWorker((reply) => {
			if (reply.id === 1 && !sent) {
				sent = true;
				send(2);
			}
		});
		send(1);
		await expect.poll(() => stages(scope)).toStrictEqual(['1 first', '2 first', '2 whole']);
	});

	it('finishes the whole figures of a request when the newer one has problems', async () => {
		let sent = false;
		const { scope, send } = await startWorker((reply) => {
			if (reply.id === 1 && !sent) {
				sent = true;
				send(2, { format: 'not a scenario' });
			}
		});
		send(1);
		await expect.poll(() => stages(scope)).toStrictEqual(['1 first', '2 whole', '1 whole']);
		expect(scope.posted[2].outcome).toStrictEqual(workOutFigures(document));
	});

	it('answers an invalid document at once, with its problems and no second stage', async () => {
		const { scope, send } = await startWorker();
		send(1, { format: 'not a scenario' });
		await expect.poll(() => scope.posted.length).toBe(1);
		expect(scope.posted[0]).toStrictEqual({
			id: 1,
			complete: true,
			outcome: workOutFigures({ format: 'not a scenario' })
		});
	});
});
