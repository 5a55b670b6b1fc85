/*
 * The rules of search that need no DOM: which keys open it, how a query lives in the search
 * page's URL, how a result is shown, and how a landing page reads and drops its highlight.
 * The custom elements beside this file only wire these to the page and to Pagefind.
 */

export { BUNDLE_PATH, LAYERED_STYLESHEET, SEARCH_PATH, VENDOR_LAYER } from '@/shared/search';
/** The search page's own parameter: `/search/?q=apology`. */
export const QUERY_PARAM = 'q';
/** Longer queries are cut: nobody types a paragraph, but a pasted one should not travel in every link. */
export const MAX_QUERY_LENGTH = 200;

import { HIGHLIGHT_PARAM } from './triggers';

export { HIGHLIGHT_PARAM, isSearchShortcut, type KeyLike, type TargetLike } from './triggers';

/** Tidies a query for searching and for the URL: single spaces, no ends, at most MAX_QUERY_LENGTH characters. */
export function normalizeQuery(raw: string): string {
	return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/** The query in a search page URL's `?q=`, tidied; '' when there is none. */
export function queryFromSearch(search: string): string {
	return normalizeQuery(new URLSearchParams(search).get(QUERY_PARAM) ?? '');
}

/** The search page URL for a query: `?q=` set, or removed for an empty query; other parts kept. */
export function withQuery(href: string, query: string): string {
	const url = new URL(href);
	const q = normalizeQuery(query);
	if (q === '') url.searchParams.delete(QUERY_PARAM);
	else url.searchParams.set(QUERY_PARAM, q);
	return url.href;
}

/** The words a landing page was asked to highlight (`?pagefind-highlight=a&pagefind-highlight=b`). */
export function highlightTerms(search: string): string[] {
	const terms = new URLSearchParams(search)
		.getAll(HIGHLIGHT_PARAM)
		.map((term) => normalizeQuery(term))
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

/** A section of a result page, as Pagefind reports it (a "sub-result"). */
export interface SubResultLike {
	title: string;
	url: string;
	excerpt: string;
	locations?: readonly number[];
	anchor?: { element: string; id: string };
}

/** One search result, as Pagefind's `result.data()` reports it. */
export interface ResultLike {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters?: Record<string, readonly string[] | undefined>;
	sub_results?: readonly SubResultLike[];
}

/** What a result row shows. */
export interface ResultView {
	/** "Step 3" on steps, "Tool" on tools, nothing on other pages. */
	label: string | undefined;
	title: string;
	url: string;
	/** HTML: Pagefind's excerpt, text with the matched words in <mark>. */
	excerpt: string;
	sections: { title: string; url: string; excerpt: string }[];
}

/** How many sections a result lists at most: enough to choose from, few enough to scan on a phone. */
export const MAX_SECTIONS = 3;

/**
 * The sections worth listing under a result: those under a `##`-or-deeper heading (the h1 and
 * the text before the first heading are the page itself), the most-matched first few, in page order.
 */
export function displaySections(result: ResultLike, max = MAX_SECTIONS): ResultView['sections'] {
	const sections = (result.sub_results ?? []).filter(
		(sub) => sub.anchor !== undefined && /^h[2-6]$/i.test(sub.anchor.element),
	);
	const best = new Set(
		[...sections].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0)).slice(0, max),
	);
	return sections
		.filter((sub) => best.has(sub))
		.map(({ title, url, excerpt }) => ({ title: title.trim(), url, excerpt }));
}

/** Turns a Pagefind result into what its row shows. */
export function resultView(result: ResultLike): ResultView {
	const kind = result.filters?.['kind']?.[0];
	const label = kind === 'step' ? result.meta['step'] : kind === 'tool' ? 'Tool' : undefined;
	return {
		label: label?.trim() || undefined,
		title: result.meta['title']?.trim() || result.url,
		url: result.url,
		excerpt: result.excerpt,
		sections: displaySections(result),
	};
}
