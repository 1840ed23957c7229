/// <reference lib="webworker" />
/**
 * The engine worker: validation and the whole analysis run here, off the page's main thread,
 * so typing never waits for them. Requests are numbered; while one is being worked out, any
 * that arrive are held and only the newest is worked out next, so a burst of keystrokes
 * costs one analysis, not one each.
 */
import './jitless';
import type { EngineReply, EngineRequest } from './engine-client';
import { workOutFigures } from './figures';

let latest: EngineRequest | undefined;
let scheduled = false;

self.onmessage = (event: MessageEvent<EngineRequest>) => {
	latest = event.data;
	if (scheduled) return;
	scheduled = true;
	// A macrotask, so requests already queued behind this one arrive (and supersede it) first.
	setTimeout(run, 0);
};

function run(): void {
	scheduled = false;
	const request = latest;
	latest = undefined;
	if (!request) return;
	let reply: EngineReply;
	try {
		reply = { id: request.id, outcome: workOutFigures(request.document) };
	} catch {
		reply = { id: request.id, outcome: null };
	}
	self.postMessage(reply);
}
