/*
 * <mend-search-highlight>: the landing half of search. A result link carries the searched
 * words (`?pagefind-highlight=space#fair-is-fair`); on such a page this element runs Pagefind's
 * highlight script over the guide text, scrolls the first match of the linked section into view
 * (below the sticky header, by the scroll padding in base.css), and shows a bar to clear the
 * highlight. Escape clears it too. Pages opened without the parameter load nothing.
 */
import { format } from '@/shared/i18n';
import { highlightTerms, isSelfLink, withoutHighlight } from './highlight';
import { HIGHLIGHT_PARAM } from './triggers';

const MARK_CLASS = 'search-highlight';

/** What pagefind-highlight.js exports, as far as the site uses it. */
type PagefindHighlight = new (options: {
	highlightParam: string;
	markContext: NodeListOf<Element>;
	markOptions: { className: string; exclude: string[]; filter: (node: Text) => boolean };
	addStyles: boolean;
}) => unknown;

class MendSearchHighlight extends HTMLElement {
	#bar = this.querySelector<HTMLElement>('[data-bar]');
	#status = this.querySelector<HTMLElement>('[data-status]');
	#button = this.querySelector<HTMLButtonElement>('[data-clear]');
	#onKey = (event: KeyboardEvent) => {
		// An open dialog (the search modal) has Escape for itself.
		if (event.key === 'Escape' && !event.defaultPrevented && !document.querySelector('dialog[open]')) this.#clear();
	};

	connectedCallback() {
		const scope = document.querySelectorAll('[data-pagefind-body]');
		if (highlightTerms(window.location.search).length === 0 || scope.length === 0) return;
		void this.#highlight(scope);
	}

	async #highlight(scope: NodeListOf<Element>) {
		let Highlight: PagefindHighlight;
		try {
			const url = new URL(this.dataset['script'] ?? '', window.location.href).href;
			({ default: Highlight } = (await import(/* @vite-ignore */ url)) as { default: PagefindHighlight });
		} catch {
			return; // No bundle (astro dev) or offline: the page reads fine without highlights.
		}
		new Highlight({
			highlightParam: HIGHLIGHT_PARAM,
			markContext: scope,
			markOptions: {
				className: MARK_CLASS,
				exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
				// Not in the page's links to itself (table of contents, heading anchors).
				filter: (node) => {
					const link = node.parentElement?.closest('a[href]');
					return !link || !isSelfLink(link.getAttribute('href') ?? '', window.location.href);
				},
			},
			// Pagefind would add an inline <style>, which the CSP blocks; the style is in SearchHighlight.astro.
			addStyles: false,
		});
		const marks = [...document.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}`)];
		firstAfterTarget(marks)?.scrollIntoView({ block: 'center' });
		if (marks.length === 0 || !this.#bar || !this.#status || !this.#button) return;
		this.#bar.hidden = false;
		const template = (marks.length === 1 ? this.#status.dataset['one'] : this.#status.dataset['many']) ?? '';
		this.#status.textContent = format(template, { n: marks.length });
		this.#button.addEventListener('click', () => this.#clear(), { once: true });
		document.addEventListener('keydown', this.#onKey);
	}

	/** Removes the marks and the parameter that asked for them; focus on the bar moves to the text. */
	#clear() {
		for (const mark of document.querySelectorAll(`mark.${MARK_CLASS}`)) {
			const parent = mark.parentNode;
			mark.replaceWith(...mark.childNodes);
			parent?.normalize();
		}
		window.history.replaceState(window.history.state, '', withoutHighlight(window.location.href));
		const hadFocus = this.contains(document.activeElement);
		if (this.#bar) this.#bar.hidden = true;
		if (hadFocus) document.querySelector<HTMLElement>('main')?.focus({ preventScroll: true });
		document.removeEventListener('keydown', this.#onKey);
	}
}

/** The first mark in the section the URL's #fragment names, else the first on the page. */
function firstAfterTarget(marks: readonly HTMLElement[]): HTMLElement | undefined {
	const id = decodeURIComponent(window.location.hash.slice(1));
	const target = id ? document.getElementById(id) : null;
	if (target) {
		const after = marks.find(
			(mark) => target.contains(mark) || target.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING,
		);
		if (after) return after;
	}
	return marks[0];
}

if (!customElements.get('mend-search-highlight')) customElements.define('mend-search-highlight', MendSearchHighlight);
