/*
 * The one script every page loads (from BaseLayout, once the page's text is on screen: see
 * src/integrations/late-scripts.ts): the head's late links, the theme toggle, the share
 * controls' first layer, what starts search and the apology checklist, and the request for the
 * offline copy. One module, so a page makes one request for it; everything heavier (the clipboard
 * and passage-link code, Pagefind and the search UI, the checklist, the landing highlight) is
 * loaded with import() when the page or the reader needs it. Pages without the matching elements
 * never upgrade them. support/budget-rules.ts holds this, the loader and the theme's inline script
 * to 2 KB brotli.
 */
import '@/islands/theme-toggle/theme-toggle-element';
import '@/islands/share/share-elements';
import { watchSearch } from '@/islands/search/search-trigger';
import { HIGHLIGHT_PARAM } from '@/islands/search/triggers';
import { watchChecklist } from '@/islands/apology-checklist/checklist-trigger';
import { keepOfflineCopy } from './offline-copy';

// Links the head names for once the text is on screen (src/lib/head.ts, `late`): the web app manifest.
for (const late of document.head.querySelectorAll<HTMLMetaElement>('meta[name="late-link"]')) {
	const link = document.createElement('link');
	link.rel = late.dataset['rel'] ?? '';
	link.href = late.content;
	late.replaceWith(link);
}
watchSearch();
watchChecklist();
keepOfflineCopy();
if (document.querySelector('mend-search-page')) void import('@/islands/search/search-ui');
// Only a page opened from a search result highlights anything.
if (new URLSearchParams(window.location.search).has(HIGHLIGHT_PARAM)) void import('@/islands/search/highlight-element');
