/*
 * The search modal, loaded only when the reader shows intent (see search-element.ts): Pagefind's
 * component UI, configured and adjusted to the site. An empty <pagefind-modal> builds its own
 * input, summary, results and hints when connected (children given beforehand would be moved
 * and set up twice); then the parts are adjusted.
 */
import {
	configureSearch,
	loadPagefindUI,
	renderResult,
	type PagefindModalElement,
	type PagefindResultsElement,
} from './pagefind-ui';

const INSTANCE = 'default';

/** Loads Pagefind and builds the modal inside `host`; `onClose` runs whenever it closes. */
export async function createSearchModal(host: HTMLElement, onClose: () => void): Promise<PagefindModalElement> {
	const components = await loadPagefindUI();
	// In the modal Escape closes search (Pagefind's hint would say it clears the box).
	configureSearch(components, INSTANCE, { keyboard_clear: 'close' });
	const modal = document.createElement('pagefind-modal') as PagefindModalElement;
	modal.setAttribute('instance', INSTANCE);
	host.append(modal);
	const results = modal.querySelector<PagefindResultsElement>('pagefind-results');
	if (results) results.resultTemplate = renderResult;

	const dialog = modal.querySelector('dialog');
	// Pagefind names the dialog after its "search" hint; give it the page's own words.
	dialog?.setAttribute('aria-label', 'Search the guide');
	modal.querySelector('.pf-modal-close')?.setAttribute('aria-label', 'Close search');
	dialog?.addEventListener('close', onClose);
	return modal;
}
