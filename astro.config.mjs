// @ts-check
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { headingIds } from './src/build/heading-ids.ts';
import sitemap from '@astrojs/sitemap';
import securityHeaders from './src/integrations/security-headers';
import pagefindIndex from './src/integrations/pagefind.ts';
import { themeInitScript } from './src/client/theme-init.mjs';
import { layerOrder } from './src/styles/layers.mjs';
import { siteManifest } from './src/integrations/site-manifest.ts';
import offlineCopy from './src/integrations/offline.ts';
import { plainLazyImports } from './src/build/plain-lazy-imports.ts';
import lateScripts from './src/integrations/late-scripts.ts';

/** The public URL the site is served from; canonical links and the sitemap use it. */
const site = process.env.MEND_SITE_URL ?? 'http://localhost:4321';

/** The CSP hash of the one inline script Astro cannot hash itself (see theme-init.mjs). */
const themeInitHash = `sha256-${createHash('sha256').update(themeInitScript).digest('base64')}`;
/** The same for the one inline style: the cascade layer order (see layers.mjs). */
const layerOrderHash = `sha256-${createHash('sha256').update(layerOrder).digest('base64')}`;

/**
 * The languages: one strings file each in src/i18n/ (README "Languages"), English the default,
 * served at the root; the others under /CODE/.
 */
const defaultLocale = 'en';
const locales = readdirSync(new URL('./src/i18n/', import.meta.url))
	.filter((file) => file.endsWith('.ts'))
	.map((file) => file.replace(/\.ts$/, ''))
	.sort((a, b) => (a === defaultLocale ? -1 : b === defaultLocale ? 1 : a.localeCompare(b)));

/** The site model, handed from the build to the integrations after it (src/integrations/site-manifest.ts). */
const model = siteManifest();

export default defineConfig({
	site,
	trailingSlash: 'always',
	// Heading ids without accents or ¿ ¡ (src/build/heading-ids.ts); MDX extends this config.
	markdown: { processor: satteri({ hastPlugins: [headingIds] }) },
	// No redirect by the browser's language: a reader chooses with the language link on every page.
	i18n: {
		locales,
		defaultLocale,
		routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
	},
	build: {
		format: 'directory',
		// One round trip to read: the CSS each page needs travels inside its HTML.
		inlineStylesheets: 'always',
	},
	integrations: [
		mdx(),
		// Before the sitemap and the search index, which read the model it hands on.
		model.integration,
		// The pages the site model marks canonical: not the 404, the search page or the short links.
		// Each lists its twins as alternates. Their paths differ by language (/steps/1-apologize/,
		// /es/pasos/1-pide-perdon/), which the sitemap's own `i18n` option cannot pair, as it matches
		// equal paths under each prefix; the site model knows the twins.
		sitemap({
			filter: (page) => model.manifest.inSitemap(new URL(page).pathname),
			serialize: (item) => ({ ...item, links: model.manifest.alternates(new URL(item.url).pathname, site) }),
		}),
		lateScripts(),
		securityHeaders(),
		// After the pages are finished, so it indexes the finished HTML.
		pagefindIndex(model.manifest),
		// Last: the offline copy lists every built file, the search index included.
		offlineCopy(model.manifest),
	],
	vite: {
		plugins: [plainLazyImports()],
	},
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
