/*
 * Gives every built page a link-preview card of its own. The guide's pages have rich cards drawn
 * from the content (src/pages/og/[...card].png.ts); any other page (one added later, such as a
 * tool or search) names a card in its og:image that nothing drew yet, so this draws a plain one
 * from the page's og:title and og:description once the build is done.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { plainText } from '../lib/plain-text';
import { htmlFiles } from './built-html';
import { renderCard } from './social-card';

const metaContent = (html: string, property: string) => {
	const value = new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1];
	return value === undefined ? undefined : plainText(value);
};

/** The integration: draws the cards that pages name in og:image but the build did not make. */
export default function pageCards(): AstroIntegration {
	return {
		name: 'mend:page-cards',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				let drawn = 0;
				for (const file of await htmlFiles(out)) {
					const html = await readFile(file, 'utf8');
					const image = metaContent(html, 'og:image');
					const title = metaContent(html, 'og:title');
					if (!image || !title) continue;
					const target = join(out, decodeURIComponent(new URL(image).pathname));
					if (existsSync(target)) continue;
					const page = `/${file.slice(out.length).replace(/index\.html$/, '')}`.replace(/^\/+/, '/');
					const card = { page, title, summary: metaContent(html, 'og:description') ?? '' };
					await mkdir(dirname(target), { recursive: true });
					await writeFile(target, await renderCard(card));
					drawn++;
				}
				logger.info(`${drawn} plain link-preview card${drawn === 1 ? '' : 's'} drawn for pages outside the guide`);
			},
		},
	};
}
