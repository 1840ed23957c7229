/**
 * Moving focus to a box, as GOV.UK's error summary does: any closed <details> around it is
 * opened, and the box's question (its label, or the legend of its small fieldset) is
 * scrolled into view with it, so the person sees what the box is for.
 */

/** Focuses the element with this id; false if there is none on the page. */
export function focusField(id: string): boolean {
	const target = document.getElementById(id);
	if (target === null) return false;
	for (let details = target.closest('details'); details;) {
		details.open = true;
		details = details.parentElement?.closest('details') ?? null;
	}
	const question = questionFor(target);
	if (question) {
		question.scrollIntoView();
		target.focus({ preventScroll: true });
	} else {
		target.focus();
	}
	return true;
}

function questionFor(target: HTMLElement): HTMLElement | null {
	const legend = target.closest('fieldset')?.querySelector('legend');
	if (legend) {
		const legendTop = legend.getBoundingClientRect().top;
		const targetTop = target.getBoundingClientRect().top;
		// A legend far above the box (a long group) would scroll the box out of sight.
		if (targetTop - legendTop < window.innerHeight / 2) return legend;
	}
	return document.querySelector<HTMLElement>(`label[for="${CSS.escape(target.id)}"]`);
}

/**
 * Focuses the element with this id, if there is one: where focus goes after a button has
 * moved, copied or removed the thing it was on. Returns whether it found it.
 */
export function focusById(id: string): boolean {
	const element = document.getElementById(id);
	element?.focus();
	return element !== null;
}
