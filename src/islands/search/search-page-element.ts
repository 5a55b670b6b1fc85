/*
 * <mend-search-page>: the search box of /search/, whose query lives in the URL so a search can
 * be bookmarked and sent (`/search/?q=they+won't+answer`).
 *
 * On load it runs the query from `?q=`; as the reader types, it searches and the URL follows with
 * history.replaceState (no new history entry per keystroke). Without JavaScript the page keeps its
 * explanation and the list of every page of the guide; if Pagefind cannot load, it says so.
 */
import { loadEngine } from './engine';
import { SearchView } from './search-view';
import { queryFromSearch, withQuery } from './search';

class MendSearchPage extends HTMLElement {
	connectedCallback() {
		const noScript = this.querySelector<HTMLElement>('[data-no-js]');
		const box = this.querySelector<HTMLElement>('[data-search-page-box]');
		const inner = box?.querySelector<HTMLElement>('[data-search-box]');
		if (!box || !inner) return;
		if (noScript) noScript.hidden = true;
		box.hidden = false;
		const view = new SearchView(inner);
		const query = queryFromSearch(window.location.search);
		view.input.value = query;
		view.onQuery = (q) => window.history.replaceState(window.history.state, '', withQuery(window.location.href, q));
		// Run at once: a danger query in the URL shows its support card before the engine has loaded.
		if (query) void view.run();
		else view.input.focus();
		loadEngine().catch(() => this.#showNotice());
	}

	#showNotice() {
		const notice = this.querySelector<HTMLElement>('[data-notice]');
		if (!notice) return;
		// Both messages are in the markup, in the page's language (SearchPage.astro).
		notice.textContent = (import.meta.env.DEV ? notice.dataset['dev'] : notice.dataset['failed']) ?? '';
		notice.hidden = false;
	}
}

customElements.define('mend-search-page', MendSearchPage);
