/*
 * <mend-search-page>: the search box of /search/, whose query lives in the URL so a search can
 * be bookmarked and sent (`/search/?q=they+won't+answer`).
 *
 * On load it runs the query from `?q=`; as the reader types, Pagefind searches and the URL follows
 * with history.replaceState (no new history entry per keystroke). Without JavaScript, or if
 * Pagefind cannot load, the page keeps its explanation and the list of every page of the guide.
 */
import { configureSearch, createSearchParts, loadPagefindUI } from './pagefind-ui';
import { queryFromSearch, withQuery } from './search';

const INSTANCE = 'page';

class MendSearchPage extends HTMLElement {
	#box = this.querySelector<HTMLElement>('[data-search-box]');
	#noScript = this.querySelector<HTMLElement>('[data-no-js]');
	#notice = this.querySelector<HTMLElement>('[data-notice]');

	connectedCallback() {
		if (this.#noScript) this.#noScript.hidden = true;
		loadPagefindUI().then(
			(components) => this.#start(configureSearch(components, INSTANCE)),
			() => this.#showNotice(),
		);
	}

	#start(instance: ReturnType<typeof configureSearch>) {
		const box = this.#box;
		if (!box) return;
		const { input, summary, results } = createSearchParts(INSTANCE);
		box.append(input, summary, results);
		box.hidden = false;

		instance.on(
			'search',
			(term) => window.history.replaceState(window.history.state, '', withQuery(window.location.href, term)),
			this,
		);
		const query = queryFromSearch(window.location.search);
		if (query) instance.triggerSearch(query);
		else input.querySelector('input')?.focus();
	}

	#showNotice() {
		if (!this.#notice) return;
		this.#notice.textContent = import.meta.env.DEV
			? 'Search works once the site has been built: run “npm run build”, then reload. Every page of the guide is listed below.'
			: "Search couldn't load just now. Check your connection and reload the page, or pick a page from the list below.";
		this.#notice.hidden = false;
	}
}

customElements.define('mend-search-page', MendSearchPage);
