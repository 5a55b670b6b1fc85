import GithubSlugger from 'github-slugger';

/**
 * The ids of a Markdown body's `##` and `###` headings, made the way Astro makes them
 * (github-slugger over the heading's text, one slugger per file). Fenced code is skipped.
 */
export function headingIds(markdown: string): string[] {
	const slugger = new GithubSlugger();
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
		ids.push(slugger.slug(text));
	}
	return ids;
}
