/*
 * Marks the site's module scripts `fetchpriority="low"` in the built pages. They never block
 * the first paint (modules run after parsing), but Chromium fetches them at high priority, so on
 * a slow phone link they share the connection with the page's own HTML while the reader waits
 * for the text, and Lighthouse's model counts them before the first paint. Everything they do
 * (the theme toggle, share controls, what starts search) can wait for the text. Astro writes its
 * bundled `<script>` tags itself and takes no attributes for them, hence this pass over the HTML.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from '../build/built-html';

/** The page with each bundled module script (`/_astro/…`) asking for low fetch priority. */
export function lowPriorityScripts(html: string): string {
	return html.replace(
		/<script type="module" src="\/_astro\//g,
		'<script type="module" fetchpriority="low" src="/_astro/',
	);
}

/** The Astro integration. */
export default function scriptPriority(): AstroIntegration {
	return {
		name: 'mend:script-priority',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				for (const file of await htmlFiles(fileURLToPath(dir))) {
					const html = await readFile(file, 'utf8');
					const lowered = lowPriorityScripts(html);
					if (lowered !== html) await writeFile(file, lowered);
				}
			},
		},
	};
}
