// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import securityHeaders from './src/integrations/security-headers';
import pagefindIndex from './src/integrations/pagefind.ts';
import { themeInitScript } from './src/scripts/theme-init.mjs';
import { layerOrder } from './src/styles/layers.mjs';
import shortLinks from './src/integrations/short-links.ts';
import pageCards from './src/integrations/page-cards.ts';
import scriptPriority from './src/integrations/script-priority.ts';

/** The public URL the site is served from; canonical links and the sitemap use it. */
const site = process.env.MEND_SITE_URL ?? 'http://localhost:4321';

/** The CSP hash of the one inline script Astro cannot hash itself (see theme-init.mjs). */
const themeInitHash = `sha256-${createHash('sha256').update(themeInitScript).digest('base64')}`;
/** The same for the one inline style: the cascade layer order (see layers.mjs). */
const layerOrderHash = `sha256-${createHash('sha256').update(layerOrder).digest('base64')}`;

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
		shortLinks(),
		pageCards(),
		// Only canonical pages: not the 404, not the search page (its results are other pages),
		// and not the short links /1/ to /6/, which only redirect.
		sitemap({ filter: (page) => !/^\/(404|search|\d+)\/$/.test(new URL(page).pathname) }),
		scriptPriority(),
		securityHeaders(),
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
			styleDirective: { hashes: [/** @type {`sha256-${string}`} */ (layerOrderHash)] },
		},
	},
});
