import { partsDrawnByServer } from '../../parts';
import type { PageLoad } from './$types';

/** The comparison page's data, with the parts the server draws itself (../../parts.ts). */
export const load: PageLoad = async ({ data }) =>
	import.meta.env.SSR ? { ...data, parts: await partsDrawnByServer() } : data;
