/*
 * <mend-search>: the search in the header's dialog, loaded by search-trigger.ts on the reader's
 * first sign of intent (pointer over or down on the button, focus on it, a shortcut). By then the
 * trigger may already have opened the dialog and the reader may be typing: this starts Pagefind
 * and searches whatever the box holds. A tap on the backdrop closes the dialog; Escape and the close
 * button close it natively, and the trigger puts focus back where it was.
 */
import { loadEngine } from './engine';
import { SearchView } from './search-view';

class MendSearch extends HTMLElement {
	connectedCallback() {
		const dialog = this.querySelector('dialog');
		const box = dialog?.querySelector<HTMLElement>('[data-search-box]');
		if (!dialog || !box) return;
		const view = new SearchView(box);
		dialog.addEventListener('click', (event) => {
			if (event.target === dialog) dialog.close();
		});
		void loadEngine().catch(() => undefined);
		if (view.input.value) void view.run();
	}
}

if (!customElements.get('mend-search')) customElements.define('mend-search', MendSearch);
