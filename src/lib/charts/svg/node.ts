/**
 * A tiny SVG document model: plain data that a Svelte component renders as elements (never
 * raw HTML) and {@link svgToString} writes as a file. Text is always a text node, escaped when
 * written, so a scenario's names can never become markup.
 */

/** An SVG element: its tag, its attributes, and either children or text. */
export interface SvgNode {
	tag: string;
	attrs: Record<string, string | number>;
	children?: SvgNode[];
	/** Text content (for `text`, `tspan`, `title`, `desc`). */
	text?: string;
}

/** Makes a node; attributes whose value is undefined are left out. */
export function el(
	tag: string,
	attrs: Record<string, string | number | undefined>,
	content?: SvgNode[] | string
): SvgNode {
	const kept: Record<string, string | number> = {};
	for (const [name, value] of Object.entries(attrs)) if (value !== undefined) kept[name] = value;
	if (typeof content === 'string') return { tag, attrs: kept, text: content };
	return content ? { tag, attrs: kept, children: content } : { tag, attrs: kept };
}

/** A number for an attribute: at most two decimals, no "-0". */
export function px(value: number): number {
	const rounded = Math.round(value * 100) / 100;
	return Object.is(rounded, -0) ? 0 : rounded;
}

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;'
};

/** Escapes text for XML: & < > " and '. */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

function write(node: SvgNode): string {
	const attrs = Object.entries(node.attrs)
		.map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
		.join('');
	if (node.text !== undefined) return `<${node.tag}${attrs}>${escapeXml(node.text)}</${node.tag}>`;
	if (!node.children || node.children.length === 0) return `<${node.tag}${attrs}/>`;
	return `<${node.tag}${attrs}>${node.children.map(write).join('')}</${node.tag}>`;
}

/** The node as a standalone SVG file's text, with an XML declaration. */
export function svgToString(node: SvgNode): string {
	return `<?xml version="1.0" encoding="UTF-8"?>\n${write(node)}\n`;
}
