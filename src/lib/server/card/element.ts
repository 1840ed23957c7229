/**
 * The element tree satori lays out: React's element shape (`{ type, props }`) without React.
 * Satori reads `props.style` (a subset of CSS, flexbox only) and `props.children`.
 */

/** The CSS satori accepts, as camelCase properties; numbers are pixels. */
export type CardStyle = Record<string, string | number>;

/** A node of the tree: an element or a run of text. */
export type CardNode = CardElement | string;

export interface CardElement {
	type: 'div' | 'span';
	props: {
		style: CardStyle;
		children?: CardNode | CardNode[];
	};
}

/** A flex box. Satori needs `display: flex` on any element with more than one child. */
export function box(style: CardStyle, ...children: CardNode[]): CardElement {
	return {
		type: 'div',
		props: {
			style: { display: 'flex', ...style },
			children: children.length === 1 ? children[0] : children
		}
	};
}

/** A block of text. */
export function text(style: CardStyle, content: string): CardElement {
	return { type: 'div', props: { style, children: content } };
}

/** Every run of text in a tree, in reading order: what the card says. */
export function textsOf(node: CardNode | CardNode[] | undefined): string[] {
	if (node === undefined) return [];
	if (typeof node === 'string') return [node];
	if (Array.isArray(node)) return node.flatMap(textsOf);
	return textsOf(node.props.children);
}
