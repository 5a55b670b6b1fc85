/*
 * Loads each built page's bundled module scripts once its text is on screen (src/lib/late-loader.ts),
 * instead of as `<script type="module" src>` tags. Those tags never blocked the first
 * paint on their own, but the browser fetches them at once beside the page's HTML, and a script
 * that arrives before parsing ends (from a cache, or on a fast link) runs before the first
 * paint. Lighthouse's model goes further: a request that ended before the largest paint is
 * charged ahead of it, with its own connection, which put the intro at 1.25x a bare page's LCP.
 * Everything the scripts do (the theme toggle, the share controls, what starts search, the
 * offline copy) can wait until the text is on screen; the controls keep their space meanwhile.
 *
 * The tags become one inline module, the same on every page with the same scripts, whose hash
 * is added to the page's <meta> CSP (security-headers.ts then adds it to `_headers`). Astro
 * writes its bundled `<script>` tags itself and takes no attributes for them, hence this pass
 * over the HTML.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from '../build/built-html';
import { lateLoader } from '../lib/late-loader';

const SEARCH_PAGE = /<mend-search-page\b/;
const BUNDLED = /<script type="module" src="(\/_astro\/[^"]+)"><\/script>/g;

/** The page with its bundled module scripts loaded late by one inline module, allowed by its <meta> CSP. */
export function lateScripts(html: string): string {
	// The search page is search itself: its results are its text, so its scripts load at once.
	if (SEARCH_PAGE.test(html)) return html;
	const urls = [...html.matchAll(BUNDLED)].map((match) => match[1] ?? '');
	if (urls.length === 0) return html;
	const loader = lateLoader(urls);
	const hash = `'sha256-${createHash('sha256').update(loader).digest('base64')}'`;
	let placed = false;
	const rewritten = html.replace(BUNDLED, () => {
		if (placed) return '';
		placed = true;
		return `<script type="module">${loader}</script>`;
	});
	const policy = /(<meta http-equiv="content-security-policy" content="[^"]*?script-src\b[^;"]*)/i;
	if (!policy.test(rewritten))
		throw new Error('late-scripts: a page with bundled scripts has no <meta> CSP with script-src');
	return rewritten.replace(policy, `$1 ${hash}`);
}

/** The Astro integration. It must run before security-headers, which hashes the pages' inline scripts. */
export default function lateScriptsIntegration(): AstroIntegration {
	return {
		name: 'mend:late-scripts',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				for (const file of await htmlFiles(fileURLToPath(dir))) {
					const html = await readFile(file, 'utf8');
					const rewritten = lateScripts(html);
					if (rewritten !== html) await writeFile(file, rewritten);
				}
			},
		},
	};
}
