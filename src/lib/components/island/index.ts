/**
 * Islands: parts of a page that the server draws in full but the browser hydrates only when
 * they are needed (see IslandClient.svelte), so that opening a long page hydrates only what is
 * on the screen. Each build keeps its own side: `import.meta.env.SSR` is a constant of the build.
 */
import IslandClient from './IslandClient.svelte';
import IslandServer from './IslandServer.svelte';

export const Island: typeof IslandClient = import.meta.env.SSR ? IslandServer : IslandClient;
export { lazy, type Lazy } from './lazy';
export { whenIdle } from './idle';
