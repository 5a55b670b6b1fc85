/*
 * A Vite plugin that turns the helper Vite wraps around every `import()` into a plain call.
 * The helper preloads a lazy chunk's own imports beside it; it is about 650 bytes (brotli) of
 * code that every page would run, a third of its 2 KB script budget (support/budget-rules.ts).
 * Without it, a lazy chunk's imports load one round trip later, and only when a reader reaches
 * for that feature. Vite 8 offers no setting for this: `build.modulePreload: false` keeps the
 * helper. Safe here because no lazily loaded module imports CSS (the helper also loads that).
 */
import type { Plugin } from 'vite';

/** The virtual module Vite's import analysis imports the helper from. */
const HELPER = '\0vite/preload-helper.js';

export function plainLazyImports(): Plugin {
	return {
		name: 'mend:plain-lazy-imports',
		enforce: 'pre',
		apply: 'build',
		applyToEnvironment: (environment) => environment.config.consumer === 'client',
		load(id) {
			if (id === HELPER) return 'export const __vitePreload = (load) => load();';
			return undefined;
		},
	};
}
