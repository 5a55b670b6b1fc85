/*
 * <mend-search>: the search in the header's dialog, loaded by search-trigger.ts on the reader's
 * first sign of intent (pointer over or down on the button, focus on it, a shortcut). By then the
 * trigger may already have opened the dialog and the reader may be typing: this starts Pagefind
 * and searches whatever the box holds. A tap on the backdrop, or on a link to a part of the same
 * page, closes the dialog; Escape and the close button close it natively. The trigger puts focus
 * back where it was, but after such a link, where the link led.
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
			// A link to a part of this same page (the support card's, on /when-to-stop/) would only
			// scroll the page behind the dialog, unseen: close it, so the reader sees where it led.
			const here = (event.target as Element).closest('a')?.href.split('#')[0] === location.href.split('#')[0];
			if (event.target === dialog || here) dialog.close(here ? 'link' : '');
		});
		void loadEngine().catch(() => undefined);
		if (view.input.value) void view.run();
	}
}

if (!customElements.get('mend-search')) customElements.define('mend-search', MendSearch);
