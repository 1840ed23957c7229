import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');

/** The absolute path of `file`, given from the project's root ("src/lib/…"). */
export function projectFile(file: string): string {
	return path.join(root, file);
}

/**
 * The modules `file` loads with it: its static imports, followed through the project's own
 * files. Type-only imports and dynamic `import()` are left out, as they load nothing then.
 */
export function loadedWith(file: string, seen = new Set<string>()): Set<string> {
	const source = readFileSync(file, 'utf8');
	const specifiers = [
		...source.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+'([^']+)'/gm)
	];
	for (const [, specifier] of specifiers) {
		const target = specifier.startsWith('$lib/')
			? path.join(root, 'src/lib', specifier.slice('$lib/'.length))
			: specifier.startsWith('.')
				? path.resolve(path.dirname(file), specifier)
				: null;
		if (target === null) {
			seen.add(specifier);
			continue;
		}
		const resolved = [target, `${target}.ts`, path.join(target, 'index.ts')].find(
			(candidate) => existsSync(candidate) && candidate.match(/\.(ts|js)$/)
		);
		if (resolved === undefined || seen.has(resolved)) continue;
		seen.add(resolved);
		loadedWith(resolved, seen);
	}
	return seen;
}
