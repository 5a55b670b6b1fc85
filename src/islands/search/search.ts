/*
 * The rules of search that need no DOM: which keys open it and how a query lives in the search
 * page's URL (results: result-view.ts; the landing page's highlight: highlight.ts).
 * The custom elements beside this file only wire these to the page and to Pagefind.
 */

/** The search page's own parameter: `/search/?q=apology`. */
export const QUERY_PARAM = 'q';
/** Longer queries are cut: nobody types a paragraph, but a pasted one should not travel in every link. */
export const MAX_QUERY_LENGTH = 200;

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
