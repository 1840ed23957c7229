/**
 * The entry point of `compare` (dist-cli/compare.mjs, package.json "bin"): runs the command
 * line of compare.ts on this process's arguments and sets the exit status.
 */
import { run } from './compare';

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
	throw error;
});

run(process.argv.slice(2)).then((code) => {
	process.exitCode = code;
});
