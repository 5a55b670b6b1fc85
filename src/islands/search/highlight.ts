/*
 * How a page opened from a search result reads and drops its highlight. Apart from search.ts
 * because the landing page loads only this (highlight-element.ts), never the search UI.
 */
import { HIGHLIGHT_PARAM } from './triggers';

/** The words a landing page was asked to highlight (`?pagefind-highlight=a&pagefind-highlight=b`). */
export function highlightTerms(search: string): string[] {
	const terms = new URLSearchParams(search)
		.getAll(HIGHLIGHT_PARAM)
		.map((term) => term.replace(/\s+/g, ' ').trim())
		.filter((term) => term !== '');
	return [...new Set(terms)];
}

/** The same URL without its highlight parameters, so a reload or a shared link shows the page plain. */
export function withoutHighlight(href: string): string {
	const url = new URL(href);
	url.searchParams.delete(HIGHLIGHT_PARAM);
	return url.href;
}

/** Does this link lead to the page it is on (a table of contents, a heading anchor)? */
export function isSelfLink(linkHref: string, pageHref: string): boolean {
	const link = new URL(linkHref, pageHref);
	const page = new URL(pageHref);
	return link.origin === page.origin && link.pathname === page.pathname;
}
