import { getEntry, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';

/** An entry of the `pages` collection that a page cannot do without; a missing file stops the build. */
export async function requirePage(id: string, usedFor: string): Promise<CollectionEntry<'pages'>> {
	const entry = await getEntry('pages', id);
	if (!entry) {
		throw new AstroError(
			`src/content/pages/${id}.mdx is missing.`,
			`Restore it: it holds ${usedFor}. The README section "The reader's tools" describes it.`,
		);
	}
	return entry;
}
