/*
 * Builds the search index once Astro has written the site: Pagefind reads the built HTML in
 * dist/ and writes its index, its wasm and its UI files to dist/pagefind/. Nothing goes into
 * public/: `astro dev` serves /pagefind/ from the last build's dist/pagefind/, so search works in
 * dev after one build (with the words of that build); before any build the search UI says so.
 *
 * What is indexed is decided in the markup: `data-pagefind-body` on a page's guide text,
 * `data-pagefind-ignore` on navigation inside it, `data-pagefind-filter="kind:…"` and, on steps,
 * `data-pagefind-meta="step:Step N"`. After writing, the index is read back and checked against
 * those rules and against the site model's kind for each page (src/lib/search-index.ts), so a
 * page that joins search half-marked, or under another kind than the model gives it, stops the build.
 *
 * Pagefind reads each page through addHTMLFile rather than from disk, so the copy it indexes can
 * carry the page's `askedAs` front matter (readers' own words for a section, see
 * src/lib/asked-as.ts) right after the heading it names. The published HTML is untouched.
 */
import { createReadStream, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';
import { askedWeight, headingIds, injectAskedAs } from '../lib/asked-as';
import { BUNDLE_PATH } from '../shared/search';
import {
	checkAgainstModel,
	checkIndexedPages,
	parseFragment,
	summarizeIndex,
	type IndexedPage,
} from '../lib/search-index';
import { htmlFiles } from '../build/built-html';
import type { SiteManifest } from '../lib/site-model';
import type { ManifestReader } from './site-manifest';

/** Pagefind's fragment files are gzipped JSON after this signature. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

function readIndexedPages(outputPath: string): IndexedPage[] {
	const dir = join(outputPath, 'fragment');
	return readdirSync(dir).flatMap((name) => {
		const bytes = gunzipSync(readFileSync(join(dir, name)));
		const page = parseFragment(JSON.parse(bytes.subarray(FRAGMENT_SIGNATURE.length).toString('utf8')));
		return page ? [page] : [];
	});
}

/** Content types of the files in Pagefind's bundle, for serving it in `astro dev`. */
const CONTENT_TYPES: Record<string, string> = {
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
};

/** The file of the bundle a dev-server request asks for, if it exists inside the bundle. */
export function bundleFile(bundle: string, url: string | undefined): string | undefined {
	const { pathname } = new URL(url ?? '/', 'http://dev.invalid');
	if (!pathname.startsWith(BUNDLE_PATH)) return undefined;
	const file = join(bundle, decodeURIComponent(pathname.slice(BUNDLE_PATH.length)));
	if (!file.startsWith(bundle + sep)) return undefined;
	try {
		return statSync(file).isFile() ? file : undefined;
	} catch {
		return undefined;
	}
}

/** The URL dist/…/index.html is served at. */
function servedUrl(site: string, file: string): string {
	const path = relative(site, file).split(sep).join('/');
	return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Adds every built page to the index, each with the askedAs the site model gives it. */
async function addPages(index: pagefind.PagefindIndex, site: string, pages: SiteManifest['pages']): Promise<void> {
	const asked = new Map(
		pages
			.filter((page) => Object.keys(page.askedAs).length > 0)
			.map((page) => [page.url, { file: page.file ?? page.url, asked: page.askedAs }]),
	);
	const problems: string[] = [];
	const used = new Set<string>();
	for (const file of await htmlFiles(site)) {
		if (relative(site, file).startsWith(`pagefind${sep}`)) continue;
		const url = servedUrl(site, file);
		let content = readFileSync(file, 'utf8');
		const entry = asked.get(url);
		if (entry && content.includes('data-pagefind-body')) {
			used.add(url);
			const lang = /<html[^>]*\blang="([^"]+)"/.exec(content)?.[1] ?? 'en';
			const injected = injectAskedAs(content, entry.asked, askedWeight(lang));
			for (const id of injected.missing) {
				problems.push(
					`${entry.file}: askedAs.${id} names no section of ${url} (its sections: ${headingIds(content).join(', ')})`,
				);
			}
			content = injected.html;
		}
		const added = await index.addHTMLFile({ sourcePath: relative(site, file), content });
		problems.push(...added.errors);
	}
	for (const [url, { file }] of asked) {
		if (!used.has(url)) problems.push(`${file}: askedAs is set, but ${url} is not a searchable page`);
	}
	if (problems.length > 0) fail('some pages could not be indexed.', problems);
}

function fail(what: string, problems: readonly string[]): never {
	throw new AstroError(
		`The search index could not be built: ${what}\n${problems.map((p) => `- ${p}`).join('\n')}`,
		'See "Search" in README.md for how pages are marked for the index.',
	);
}

/** The Astro integration that writes dist/pagefind/ at the end of `astro build`. */
export default function pagefindIndex(manifest: ManifestReader): AstroIntegration {
	let bundle = '';
	return {
		name: 'mend:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				bundle = join(fileURLToPath(config.outDir), 'pagefind');
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((req, res, next) => {
					const file = bundleFile(bundle, req.url);
					if (!file) return next();
					res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
					createReadStream(file).pipe(res);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const outputPath = join(site, 'pagefind');
				const started = performance.now();
				// Pagefind adds to an existing folder; stale fragments would be served as results.
				rmSync(outputPath, { recursive: true, force: true });
				try {
					// One index per language, by each page's <html lang>, each with its own stemming: a
					// Spanish page's search (pagefind.js reads the page's lang) finds Spanish pages only.
					const { index, errors } = await pagefind.createIndex();
					if (!index) fail('Pagefind did not start.', errors);
					await addPages(index, site, manifest.read().pages);
					const written = await index.writeFiles({ outputPath });
					if (written.errors.length > 0) fail('writing the index failed.', written.errors);
				} finally {
					await pagefind.close();
				}
				const pages = readIndexedPages(outputPath);
				const problems = [...checkIndexedPages(pages), ...checkAgainstModel(pages, manifest.read().pages)];
				if (problems.length > 0) fail('some pages are not marked up for search.', problems);
				const ms = Math.round(performance.now() - started);
				logger.info(`Indexed ${summarizeIndex(pages)} into ${relative(process.cwd(), outputPath)}/ in ${ms}ms`);
				for (const page of pages.sort((a, b) => a.url.localeCompare(b.url))) {
					logger.debug(`${page.url}: ${page.words} words, ${page.sections.length} sections, kind ${page.kind}`);
				}
			},
		},
	};
}
