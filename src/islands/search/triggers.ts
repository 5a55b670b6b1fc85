/*
 * What starts search: the keys that open it, and the parameter a result link carries to the page
 * it lands on. Its own module because every page loads it on start (through src/client/enhance.ts),
 * while the rest of search.ts loads only with search itself.
 */

/** The query parameter result links carry the searched words in, for the landing page to highlight. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/** A keyboard event as far as the shortcuts need it. */
export interface KeyLike {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
	shiftKey?: boolean;
	defaultPrevented?: boolean;
}

/** Where the key was pressed: the focused element, as far as the shortcuts need it. */
export interface TargetLike {
	tagName?: string;
	isContentEditable?: boolean;
}

/**
 * Is this key press a request to open search? `/` on its own, or Ctrl+K (Cmd+K on a Mac),
 * but never while the reader is typing in a field, where `/` is just a character.
 */
export function isSearchShortcut(event: KeyLike, target: TargetLike | null): boolean {
	if (event.defaultPrevented) return false;
	const tag = target?.tagName?.toUpperCase();
	if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target?.isContentEditable) return false;
	if (event.key === '/') return !event.ctrlKey && !event.metaKey && !event.altKey;
	const k = event.key.toLowerCase() === 'k';
	return k && !event.altKey && !event.shiftKey && event.ctrlKey !== event.metaKey;
}
