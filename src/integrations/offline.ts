/*
 * Writes dist/sw.js, the service worker that keeps the offline copy (src/client/service-worker.js),
 * with workbox-build listing and revisioning the files it keeps. It runs after the search index is
 * written (astro.config.mjs lists it after pagefindIndex), so the copy includes the index.
 *
 * The copy is what reading needs: every page's HTML (its CSS is inlined), the site's scripts,
 * Pagefind's engine, worker (the search page runs Pagefind in it), wasm, index and highlight
 * script, and the icons. It leaves out the link-preview cards (/og/, only other sites' previews
 * fetch them), Pagefind's UI bundles (the site's search has its own UI), and the 404 pages
 * (offline, a missing page gets its language's offline page instead: /offline/, /es/sin-conexion/).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { injectManifest, type ManifestEntry } from 'workbox-build';
import { localePath } from '../lib/languages';
import type { ManifestReader } from './site-manifest';

/** Files kept in the offline copy, relative to dist/. */
export const OFFLINE_FILES = [
	'**/*.html',
	'_astro/*.{js,css}',
	'pagefind/pagefind.js',
	// The search page runs Pagefind in its worker (src/islands/search/engine.ts).
	'pagefind/pagefind-worker.js',
	'pagefind/pagefind-entry.json',
	'pagefind/*.pf_meta',
	'pagefind/wasm.*.pagefind',
	'pagefind/{index,fragment,filter}/*',
	'pagefind/pagefind-highlight.js',
	'*.{png,ico,svg}',
	'manifest.webmanifest',
	'*/manifest.webmanifest',
];

/** Built files that match the patterns above but stay out of the copy. */
export const LEFT_OUT = [
	'404.html',
	'*/404.html',
	'og/**',
	// Pagefind's wasm for pages of no known language; every page has its <html lang>.
	'pagefind/wasm.unknown.pagefind',
];

/** The URL a built file is served at: `steps/1-x/index.html` is `/steps/1-x/`. */
export function servedAt(file: string): string {
	return `/${file}`.replace(/(^|\/)index\.html$/, '$1');
}

/** Files named by their content hash need no revision: a new version has a new name. */
const HASHED = /^\/_astro\//;

/** Each language's offline page, by the URL prefix of its pages: `{ '/es/': '/es/sin-conexion/', '/': '/offline/' }`. */
export type OfflinePages = Readonly<Record<string, string>>;

/** Where sw.js gets the offline pages: this line, filled in as JSON (see service-worker.js). */
const OFFLINE_PAGES = /^const OFFLINE_PAGES = .*;$/m;

/** The offline pages of the site model: each language's, under its prefix, the longest prefix first. */
export function offlinePages(pages: readonly { url: string; kind: string; lang: string }[]): OfflinePages {
	return Object.fromEntries(
		pages
			.filter((page) => page.kind === 'offline')
			.map((page) => [localePath(page.lang, '/'), page.url] as const)
			.sort(([a], [b]) => b.length - a.length),
	);
}

/**
 * Writes `sw.js` into a built site at `out` (a folder path ending in a slash); returns what it keeps.
 * Without `pages`, it keeps the offline pages the sw.js already there names (a rewrite of a built copy).
 */
export async function writeOfflineCopy(
	out: string,
	pages: OfflinePages = previousPages(out),
): Promise<{ count: number; size: number }> {
	const { count, size, warnings } = await injectManifest({
		swSrc: fileURLToPath(new URL('../client/service-worker.js', import.meta.url)),
		swDest: `${out}sw.js`,
		globDirectory: out,
		globPatterns: OFFLINE_FILES,
		globIgnores: LEFT_OUT,
		// Pagefind's UI script is the largest file (about 180 KB) and must be in the copy.
		maximumFileSizeToCacheInBytes: 1024 * 1024,
		manifestTransforms: [
			async (entries: (ManifestEntry & { size: number })[]) => ({
				manifest: entries.map((entry) => {
					const url = servedAt(entry.url);
					return { ...entry, url, revision: HASHED.test(url) ? null : entry.revision };
				}),
				warnings: [],
			}),
		],
	});
	if (warnings.length > 0)
		throw new AstroError(`The offline copy could not be listed:\n${warnings.map((w) => `- ${w}`).join('\n')}`);
	const sw = `${out}sw.js`;
	const code = readFileSync(sw, 'utf8');
	if (!OFFLINE_PAGES.test(code))
		throw new Error('src/client/service-worker.js has no `const OFFLINE_PAGES = …;` line to fill in.');
	writeFileSync(sw, code.replace(OFFLINE_PAGES, `const OFFLINE_PAGES = ${JSON.stringify(pages)};`));
	return { count, size };
}

function previousPages(out: string): OfflinePages {
	const sw = `${out}sw.js`;
	const line = existsSync(sw) ? OFFLINE_PAGES.exec(readFileSync(sw, 'utf8'))?.[0] : undefined;
	const json = line?.replace(/^const OFFLINE_PAGES = |;$/g, '');
	return json ? (JSON.parse(json) as OfflinePages) : { '/': '/offline/' };
}

/** The Astro integration. */
export default function offlineCopy(manifest: ManifestReader): AstroIntegration {
	return {
		name: 'mend:offline',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { count, size } = await writeOfflineCopy(fileURLToPath(dir), offlinePages(manifest.read().pages));
				logger.info(`sw.js written: an offline copy of ${count} files, ${Math.round(size / 1024)} KB`);
			},
		},
	};
}
