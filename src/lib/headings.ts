import GithubSlugger from 'github-slugger';

/**
 * A heading's text as its id is made from: accents and the opening ¿ ¡ dropped, so
 * "¿Alguna vez pediste perdón de verdad?" gives `alguna-vez-pediste-perdon-de-verdad`, an id
 * that types and reads the same in every address bar. English headings have neither, so their
 * ids are github-slugger's, as published.
 */
export function idText(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[¿¡]/g, '');
}

/** A slugger that makes heading ids the site's way; one per page, as it numbers repeats (`-1`). */
export function headingSlugger(): (text: string) => string {
	const slugger = new GithubSlugger();
	return (text) => slugger.slug(idText(text));
}

/**
 * The ids of a Markdown body's `##` and `###` headings, made the way the build makes them
 * (src/build/heading-ids.ts: github-slugger over the heading's text without accents, one per file). Fenced code is skipped.
 */
export function headingIds(markdown: string): string[] {
	const slug = headingSlugger();
	const ids: string[] = [];
	let fenced = false;
	for (const line of markdown.split('\n')) {
		if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
		const match = fenced ? null : /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
		if (!match?.[2]) continue;
		const text = match[2]
			.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/<[^>]+>/g, '')
			.replace(/[*_`]/g, '');
		ids.push(slug(text));
	}
	return ids;
}
