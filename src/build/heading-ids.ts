/*
 * Heading ids without accents. Spanish headings ("¿Alguna vez pediste perdón de verdad?") would get
 * ids with accented letters from Astro's own slugger; the ids readers share and askedAs keys use
 * drop the accents and ¿ ¡ first (README "Languages"), the same rule as `headingIds()` in
 * src/lib/headings.ts. Astro's heading-ids step keeps an id that is already set and lists it in
 * the page's headings, and Sätteri runs the site's hast plugins before it. English ids are
 * unchanged: their headings have no accents.
 */
import GithubSlugger from 'github-slugger';
import type { HastPluginEntry } from 'satteri';
import { headingSlugText } from '../lib/headings';

/** The hast plugin: one slugger per file, as Astro's own. */
export const headingIdsWithoutAccents: HastPluginEntry = () => {
	const slugger = new GithubSlugger();
	return {
		name: 'heading-ids-without-accents',
		element: {
			filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
			visit(node, ctx) {
				if (typeof node.properties?.id === 'string') return;
				ctx.setProperty(node, 'id', slugger.slug(headingSlugText(ctx.textContent(node))));
			},
		},
	};
};
