import type { Attachment } from 'svelte/attachments';
import { EMBED_MESSAGES, isHello, replyOrigin, resizeMessage } from '$lib/share/embed';

/**
 * The embed's half of the resize protocol (src/lib/share/README.md), as an attachment on the
 * element whose height is the content's.
 *
 * - In a frame, it first tells the parent it is ready: `{ type: "…:ready" }` to any origin,
 *   which carries nothing but its type.
 * - It says nothing more until the parent window itself sends a hello. It then sends its
 *   height, and again whenever the height changes, to the hello's origin only, never to "*".
 *   Heights are all it ever sends: no figures, no state, no link.
 * - Messages from anyone but the parent window are ignored, as are hellos from an opaque
 *   origin, which cannot be replied to by name.
 *
 * Outside a frame it does nothing. Without JavaScript none of this runs, and the frame keeps
 * the fixed height its code gives it.
 */
export const reportHeight: Attachment<HTMLElement> = (element) => {
	if (window.parent === window) return;
	const parent = window.parent;
	let origin: string | null = null;
	let sent = 0;

	function send(): void {
		if (origin === null) return;
		const message = resizeMessage(element.getBoundingClientRect().height);
		if (message.height === sent) return;
		sent = message.height;
		parent.postMessage(message, origin);
	}

	function receive(event: MessageEvent): void {
		if (event.source !== parent || !isHello(event.data)) return;
		const from = replyOrigin(event.origin);
		if (from === null) return;
		origin = from;
		// A new hello always gets an answer, even if the height has not changed.
		sent = 0;
		send();
	}

	window.addEventListener('message', receive);
	const observer = new ResizeObserver(send);
	observer.observe(element);
	parent.postMessage({ type: EMBED_MESSAGES.ready }, '*');

	return () => {
		observer.disconnect();
		window.removeEventListener('message', receive);
	};
};
