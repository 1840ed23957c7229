/**
 * The layer rule (style guide §2): layers run one way, engine → schemas → codec / presets /
 * the pure modules → state → components → routes, and server code stays on the server.
 *
 * `no-restricted-imports` only sees the text of an import, so `../components/x` slipped past
 * patterns written for `$lib/components`. This rule resolves each import (`$lib/…`, `./…`,
 * `../…`) to a folder under src/ first, then asks the table below whether that folder may be
 * reached from the importing file's folder. Package imports (svelte, $app, zod) are left to
 * `no-restricted-imports`.
 */
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/** The pure modules between the schemas and the UI: browser-safe, no Svelte, no state. */
const PURE = [
	'src/lib/format',
	'src/lib/workings',
	'src/lib/report',
	'src/lib/results',
	'src/lib/charts',
	'src/lib/storage'
];
const UI_AND_ABOVE = ['src/lib/state', 'src/lib/components', 'src/routes'];
const SERVER = 'src/lib/server';

/**
 * Who may not import whom, most specific folder first. The engine's own rule, which also
 * keeps out every package but decimal.js, is `engineImports` in eslint.config.js. `only` lists the folders a layer may
 * import (an allow-list); `not` lists the folders it must not (a deny-list). A file's own
 * folder is always allowed.
 */
export const LAYERS = [
	{
		files: ['src/lib/schemas'],
		only: ['src/lib/engine'],
		why: 'schemas sit just above the engine'
	},
	{
		files: [...PURE, 'src/lib/codec', 'src/lib/presets'],
		not: ['src/lib/codec', 'src/lib/presets', ...UI_AND_ABOVE, SERVER],
		why: 'pure modules sit below the codec, the presets, state and components'
	},
	{
		files: ['src/lib/export', 'src/lib/share', 'src/lib/server/card'],
		not: [...UI_AND_ABOVE, SERVER + '/api', SERVER + '/http'],
		why: 'exports, sharing and the card are pure: the CLI and the API use them'
	},
	{
		files: ['src/cli'],
		not: [...UI_AND_ABOVE, SERVER],
		why: 'the command line runs without Svelte'
	},
	{
		files: ['src/lib/state'],
		not: ['src/lib/components', 'src/routes', SERVER],
		why: 'state sits below components'
	},
	{
		files: [SERVER],
		not: UI_AND_ABOVE,
		why: 'server code sits below state, components and routes'
	},
	{
		files: ['src/lib'],
		not: ['src/routes', SERVER],
		why: 'src/lib never imports a route or server code'
	}
];

/** The folder under the project root an import resolves to, or undefined for a package. */
function resolveImport(specifier, filename) {
	const bare = specifier.split('?')[0];
	if (bare === '$lib' || bare.startsWith('$lib/')) return path.join('src/lib', bare.slice(4));
	if (!bare.startsWith('./') && !bare.startsWith('../') && bare !== '.' && bare !== '..') {
		return undefined;
	}
	const absolute = path.resolve(path.dirname(filename), bare);
	return path.relative(ROOT, absolute);
}

/** Whether `file` (a path relative to the root, with / separators) lies in `folder`. */
function within(file, folder) {
	return file === folder || file.startsWith(folder + '/');
}

/** The route folder a file in src/routes belongs to: its first segment (or the root itself). */
function routeFolder(file) {
	const parts = file.split('/');
	return parts.length > 3 ? parts.slice(0, 3).join('/') : 'src/routes';
}

/** The folder a file's own imports may roam: its layer's folder, or its folder in src/lib. */
function ownFolder(file, layer) {
	const folder = layer.files.find((entry) => within(file, entry));
	if (folder !== 'src/lib') return folder;
	return file.split('/').slice(0, 3).join('/');
}

/** Why `from` may not import `to`, or undefined when it may. Both are paths from the root. */
export function layerProblem(from, to) {
	if (within(to, 'src/routes')) {
		if (!within(from, 'src/routes'))
			return `${from} must not import ${to} (nothing imports a route)`;
		const folder = routeFolder(from);
		if (folder === 'src/routes' ? path.dirname(to) !== 'src/routes' : !within(to, folder)) {
			return `${from} must not import ${to} (a route imports only its own folder: what two routes share goes in src/lib)`;
		}
		return undefined;
	}
	const layer = LAYERS.find((entry) => entry.files.some((folder) => within(from, folder)));
	if (!layer) return undefined;
	const own = ownFolder(from, layer);
	if (within(to, own)) return undefined;
	if (layer.only) {
		if (!within(to, 'src')) return undefined;
		if (layer.only.some((folder) => within(to, folder))) return undefined;
		return `${own} may import only ${layer.only.join(' and ')}, not ${to} (${layer.why})`;
	}
	const banned = layer.not.find((folder) => within(to, folder));
	return banned ? `${own} must not import ${to} (${layer.why})` : undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
	meta: {
		type: 'problem',
		docs: {
			description: 'Layers run one way (style guide §2), whether imports are $lib or relative.'
		},
		schema: [],
		messages: { layer: 'Layers run one way: {{problem}}.' }
	},
	create(context) {
		const from = path.relative(ROOT, context.filename).split(path.sep).join('/');
		function check(node) {
			const source = node.source;
			if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
			const to = resolveImport(source.value, context.filename);
			if (to === undefined) return;
			const problem = layerProblem(from, to.split(path.sep).join('/'));
			if (problem) context.report({ node: source, messageId: 'layer', data: { problem } });
		}
		return {
			ImportDeclaration: check,
			ExportAllDeclaration: check,
			ExportNamedDeclaration: check,
			ImportExpression: check
		};
	}
};

export default { rules: { imports: rule } };
