/*
 * Hands the site model to the code that runs after the build, where Astro's content layer is
 * gone: src/pages/site-model.json.ts writes the model's manifest (every URL, whether it is in
 * the sitemap and the search index, and the short links), and this integration reads it back
 * when the build is done, deletes it (it is not part of the site) and writes `_redirects`. The
 * sitemap filter and the search index check ask it, so no one re-derives which pages exist.
 * List it before @astrojs/sitemap and the Pagefind integration: build hooks run in order.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { MANIFEST_FILE, type SiteManifest } from '../lib/site-model';
import { redirectsFile, redirectsHost } from '../lib/short-links';

/** The manifest of the finished build, once `astro:build:done` has read it. */
export interface ManifestReader {
	/** Throws when asked before the build has written the manifest. */
	read(): SiteManifest;
	/** Is the page at this URL path one the sitemap lists? */
	inSitemap(path: string): boolean;
	/** The page's twins in every language, itself included, and x-default, as the sitemap lists them (absolute URLs). */
	alternates(path: string, site: string): { url: string; lang: string }[];
}

/** The integration, and the reader that later hooks and the sitemap filter use. */
export function siteManifest(): { integration: AstroIntegration; manifest: ManifestReader } {
	let data: SiteManifest | undefined;
	const read = () => {
		if (data === undefined) throw new Error('The site manifest is read only after the build wrote it.');
		return data;
	};
	const manifest: ManifestReader = {
		read,
		inSitemap: (path) => read().pages.some((page) => page.url === path && page.sitemap),
		alternates: (path, site) => {
			const twins = Object.entries(read().pages.find((page) => page.url === path)?.twins ?? {});
			// x-default, as in each page's <head>: the default language's twin, the first.
			const all = twins.length > 1 && twins[0] ? [...twins, ['x-default', twins[0][1]] as const] : twins;
			return all.map(([lang, url]) => ({ lang, url: new URL(url, site).href }));
		},
	};
	const integration: AstroIntegration = {
		name: 'mend:site-manifest',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const file = join(out, MANIFEST_FILE);
				if (!existsSync(file))
					throw new Error(`${MANIFEST_FILE} was not built: is src/pages/site-model.json.ts there?`);
				data = JSON.parse(readFileSync(file, 'utf8')) as SiteManifest;
				rmSync(file);
				// Astro writes only the root's 404 as 404.html; a language's (/es/404) comes out as
				// es/404/index.html, which no host serves for a missing page: move it where hosts look.
				const notFound = data.pages.filter((page) => page.kind === 'not-found').map((page) => page.url);
				for (const url of notFound) {
					const built = join(out, url.replace(/\.html$/, ''), 'index.html');
					if (existsSync(built)) {
						renameSync(built, join(out, url));
						rmSync(join(built, '..'), { recursive: true });
					}
				}
				const host = redirectsHost(process.env);
				writeFileSync(join(out, '_redirects'), redirectsFile(data.redirects, host, notFound));
				logger.info(
					`_redirects: ${data.redirects.length} short links${host === 'netlify' ? ', forced for Netlify' : ''}`,
				);
			},
		},
	};
	return { integration, manifest };
}
