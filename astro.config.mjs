// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefindIndex from './src/integrations/pagefind.ts';
import { themeInitScript } from './src/scripts/theme-init.mjs';

/** The public URL the site is served from; canonical links and the sitemap use it. */
const site = process.env.MEND_SITE_URL ?? 'http://localhost:4321';

/** The CSP hash of the one inline script Astro cannot hash itself (see theme-init.mjs). */
const themeInitHash = `sha256-${createHash('sha256').update(themeInitScript).digest('base64')}`;

export default defineConfig({
	site,
	trailingSlash: 'always',
	build: {
		format: 'directory',
		// One round trip to read: the CSS each page needs travels inside its HTML.
		inlineStylesheets: 'always',
	},
	integrations: [
		mdx(),
		// The search page shows results for the query in its URL; it is not a page to arrive at from a search engine.
		sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/search/') }),
		// Last, so it indexes the finished HTML.
		pagefindIndex(),
	],
	security: {
		csp: {
			scriptDirective: {
				hashes: [/** @type {`sha256-${string}`} */ (themeInitHash)],
				// Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (it allows compiling
				// wasm only; JavaScript eval stays blocked). Setting resources replaces Astro's default 'self'.
				resources: ["'self'", "'wasm-unsafe-eval'"],
			},
		},
	},
});
