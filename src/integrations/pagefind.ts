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
 */
import { createReadStream, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';
import { BUNDLE_PATH, LAYERED_STYLESHEET, VENDOR_LAYER } from '../shared/search';
import {
	checkAgainstModel,
	checkIndexedPages,
	parseFragment,
	summarizeIndex,
	type IndexedPage,
} from '../lib/search-index';
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
					const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
					if (!index) fail('Pagefind did not start.', errors);
					const added = await index.addDirectory({ path: site });
					if (added.errors.length > 0) fail(`reading ${relative(process.cwd(), site)} failed.`, added.errors);
					const written = await index.writeFiles({ outputPath });
					if (written.errors.length > 0) fail('writing the index failed.', written.errors);
				} finally {
					await pagefind.close();
				}
				// Pagefind's UI stylesheet is unlayered, so it would beat every layered site style. The search
				// UI loads it through this file instead, inside a layer the site's components come after.
				writeFileSync(
					join(outputPath, LAYERED_STYLESHEET),
					`@import url('pagefind-component-ui.css') layer(${VENDOR_LAYER});\n`,
				);

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
