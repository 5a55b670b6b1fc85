import { getEntry, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n';
import { contentFolder } from '@/lib/languages';

/** An entry of the `pages` collection that a page cannot do without, in a language; a missing file stops the build. */
export async function requirePage(
	id: string,
	usedFor: string,
	lang: Lang = DEFAULT_LANG,
): Promise<CollectionEntry<'pages'>> {
	const entry = await getEntry('pages', `${lang}/pages/${id}`);
	if (!entry) {
		throw new AstroError(
			`${contentFolder(lang)}/pages/${id}.mdx is missing.`,
			`Restore it: it holds ${usedFor}. The README section "The reader's tools" describes it.`,
		);
	}
	return entry;
}
