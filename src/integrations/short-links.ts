/*
 * Writes `_redirects` so hosts that read it answer `/1/` … `/6/` with a real 301 to the steps.
 * On other hosts the pages from src/pages/[short].astro do the redirecting. Both come from the
 * steps' front matter, so a new step gets its short link by itself.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readStepRef, redirectsFile, redirectsHost, shortLinks, type StepRef } from '../lib/short-links';

async function readSteps(dir: URL): Promise<StepRef[]> {
	const files = (await readdir(dir)).filter((name) => name.endsWith('.mdx'));
	const refs = await Promise.all(files.map(async (name) => readStepRef(await readFile(new URL(name, dir), 'utf8'))));
	return refs.filter((ref) => ref !== undefined);
}

/** The short-links integration: redirects from the steps in src/content/guide/, and `_redirects` in the output. */
export default function shortLinksIntegration(): AstroIntegration {
	let links: Record<string, string> = {};
	return {
		name: 'mend:short-links',
		hooks: {
			'astro:config:setup': async ({ config }) => {
				links = shortLinks(await readSteps(new URL('src/content/guide/', config.root)));
			},
			'astro:build:done': async ({ dir, logger }) => {
				const host = redirectsHost(process.env);
				await writeFile(fileURLToPath(new URL('_redirects', dir)), redirectsFile(links, host));
				logger.info(
					`_redirects: ${Object.keys(links).length} short links${host === 'netlify' ? ', forced for Netlify' : ''}`,
				);
			},
		},
	};
}
