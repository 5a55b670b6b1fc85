/*
 * <mend-search>: the search button in the header and the modal it opens.
 *
 * The button is rendered disabled, because without JavaScript it can do nothing; search-trigger.ts
 * enables it and loads this module only when the reader shows intent: pointer over or down on
 * the button, focus on it, or a shortcut (`/`, Ctrl/Cmd+K) from anywhere. Then a Pagefind modal is
 * built inside this element (so it inherits the site's theme). Escape or the close button
 * closes it, and focus goes back to where it was. If Pagefind cannot load (no build yet, in
 * `astro dev`, or offline), the reader is sent to /search/, which explains and lists every page.
 * The modal and Pagefind's UI come from search-modal.ts.
 */
import type { PagefindModalElement } from './pagefind-ui';
import { isSearchShortcut } from './triggers';

class MendSearch extends HTMLElement {
	#button = this.querySelector<HTMLButtonElement>('button');
	#modal: Promise<PagefindModalElement> | undefined;
	#returnFocus: HTMLElement | null = null;
	/** What the reader types between asking for search and its box taking focus (while Pagefind loads). */
	#typed: string | undefined;

	connectedCallback() {
		const button = this.#button;
		if (!button) return;
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
			// On the search page, the shortcuts go to its own box rather than opening the modal.
			const own = document.querySelector<HTMLInputElement>('mend-search-page input');
			if (own) own.focus();
			else void this.open();
		});
		// Loaded because the reader asked for search (search-trigger.ts): open, with what they typed.
		const typed = this.dataset['typed'];
		if (typed !== undefined) {
			delete this.dataset['typed'];
			this.#typed = typed;
			void this.open();
		} else preload();
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
			// The search page's URL (SEARCH_PATH in src/shared/search.ts), written out: importing it here
			// would split a chunk off the script every page loads.
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
		this.#modal ??= import('./search-modal')
			.then(({ createSearchModal }) => createSearchModal(this, () => this.#restoreFocus()))
			.catch((error: unknown) => {
				this.#modal = undefined;
				throw error;
			});
		return this.#modal;
	}

	#restoreFocus() {
		const target = this.#returnFocus?.isConnected ? this.#returnFocus : this.#button;
		target?.focus();
		this.#returnFocus = null;
	}
}

if (!customElements.get('mend-search')) customElements.define('mend-search', MendSearch);
