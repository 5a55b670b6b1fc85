/*
 * <mend-search>: the search button in the header and the modal it opens.
 *
 * The button is rendered disabled, because without JavaScript it can do nothing; this element
 * enables it. Pagefind is loaded only when the reader shows intent: pointer over or down on the
 * button, focus on it, or a shortcut (`/`, Ctrl/Cmd+K) from anywhere. Then a Pagefind modal is
 * built inside this element (so it inherits the site's theme). Escape or the close button
 * closes it, and focus goes back to where it was. If Pagefind cannot load (no build yet, in
 * `astro dev`, or offline), the reader is sent to /search/, which explains and lists every page.
 */
import {
	configureSearch,
	loadPagefindUI,
	renderResult,
	type PagefindModalElement,
	type PagefindResultsElement,
} from './pagefind-ui';
import { isSearchShortcut } from './search';

const INSTANCE = 'default';

class MendSearch extends HTMLElement {
	#button = this.querySelector<HTMLButtonElement>('button');
	#modal: Promise<PagefindModalElement> | undefined;
	#returnFocus: HTMLElement | null = null;
	/** What the reader types between asking for search and its box taking focus (while Pagefind loads). */
	#typed: string | undefined;

	connectedCallback() {
		const button = this.#button;
		if (!button) return;
		button.disabled = false;
		const preload = () => void this.#ensureModal().catch(() => undefined);
		for (const type of ['pointerenter', 'pointerdown', 'focus'] as const) {
			button.addEventListener(type, preload, { once: true, passive: true });
		}
		button.addEventListener('click', () => void this.open());
		document.addEventListener('keydown', (event) => this.#buffer(event), { capture: true });
		document.addEventListener('keydown', (event) => {
			if (!isSearchShortcut(event, document.activeElement as HTMLElement | null)) return;
			if (document.querySelector('dialog[open]')) return;
			event.preventDefault();
			void this.open();
		});
	}

	/** Opens the modal, loading Pagefind first if needed. */
	async open() {
		const from = document.activeElement;
		this.#returnFocus = from instanceof HTMLElement && from !== document.body ? from : this.#button;
		this.#typed ??= '';
		let modal: PagefindModalElement;
		try {
			modal = await this.#ensureModal();
		} catch {
			this.#typed = undefined;
			window.location.assign('/search/');
			return;
		}
		if (!modal.isOpen) modal.open();
		// Hand over what was typed meanwhile, in this same task: from here on keys reach the box itself.
		const input = modal.querySelector('input');
		const typed = this.#typed;
		this.#typed = undefined;
		input?.focus();
		if (input && typed) {
			input.value += typed;
			input.dispatchEvent(new Event('input', { bubbles: true }));
		}
	}

	#buffer(event: KeyboardEvent) {
		if (this.#typed === undefined || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
		if (event.target instanceof Element && event.target.closest('dialog')) return;
		if (event.key.length === 1) this.#typed += event.key;
		else if (event.key === 'Backspace') this.#typed = this.#typed.slice(0, -1);
		else return;
		event.preventDefault();
	}

	#ensureModal(): Promise<PagefindModalElement> {
		this.#modal ??= loadPagefindUI()
			.then((components) => {
				// In the modal Escape closes search (Pagefind's hint would say it clears the box).
				configureSearch(components, INSTANCE, { keyboard_clear: 'close' });
				return this.#buildModal();
			})
			.catch((error: unknown) => {
				this.#modal = undefined;
				throw error;
			});
		return this.#modal;
	}

	#buildModal(): PagefindModalElement {
		// An empty <pagefind-modal> builds its own input, summary, results and hints when connected
		// (children given beforehand would be moved and set up twice); then the parts are adjusted.
		const modal = document.createElement('pagefind-modal') as PagefindModalElement;
		modal.setAttribute('instance', INSTANCE);
		this.append(modal);
		const results = modal.querySelector<PagefindResultsElement>('pagefind-results');
		if (results) results.resultTemplate = renderResult;

		const dialog = modal.querySelector('dialog');
		// Pagefind names the dialog after its "search" hint; give it the page's own words.
		dialog?.setAttribute('aria-label', 'Search the guide');
		modal.querySelector('.pf-modal-close')?.setAttribute('aria-label', 'Close search');
		dialog?.addEventListener('close', () => {
			const target = this.#returnFocus?.isConnected ? this.#returnFocus : this.#button;
			target?.focus();
			this.#returnFocus = null;
		});
		return modal;
	}
}

customElements.define('mend-search', MendSearch);
