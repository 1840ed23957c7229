// See https://svelte.dev/docs/kit/types#app.d.ts
// for information about these interfaces
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		interface PageState {
			/**
			 * The comparison's share parameter as this history entry left it (compare page): Back
			 * and Forward restore it, edits included (src/routes/compare/link-sync.svelte.ts).
			 */
			s?: string;
		}
		// interface Platform {}
	}
}

export {};
