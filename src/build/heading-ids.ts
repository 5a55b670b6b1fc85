/*
 * Heading ids without accents (src/lib/headings.ts says why). A hast plugin for Sätteri, Astro's
 * Markdown processor: it runs before Astro's own heading-ids plugin, which keeps an id a heading
 * already has and lists it for the table of contents, so pages, `render()`'s headings and the
 * loader's checks all see the same ids.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { headingSlugger } from '../lib/headings';

/** Gives every h1 to h6 of a Markdown or MDX file its id, one slugger per file. */
export const headingIds: NonNullable<SatteriProcessorOptions['hastPlugins']>[number] = () => {
	const slug = headingSlugger();
	return {
		name: 'mend:heading-ids',
		element: {
			filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
			visit(node, ctx) {
				if (typeof node.properties?.['id'] === 'string') return;
				ctx.setProperty(node, 'id', slug(ctx.textContent(node)));
			},
		},
	};
};
