// Prints the hostile links and bodies of tests/fixtures/hostile.ts as JSON, for scripts/load.mjs
// (which is plain JavaScript and cannot import the TypeScript fixtures itself).
import { childrensTrust, hostileBodies, hostileLinks, packLink } from '../tests/fixtures/hostile';

process.stdout.write(
	JSON.stringify({
		links: hostileLinks(),
		bodies: hostileBodies(),
		childrensTrust: { link: packLink(childrensTrust()), body: JSON.stringify(childrensTrust()) }
	})
);
