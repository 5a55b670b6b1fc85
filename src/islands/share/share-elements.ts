/*
 * The share controls' one script on load: `<mend-share>` ("Share this step") and
 * `<mend-section-links>` (heading links that also copy; passage links). It is kept small on
 * purpose, since every reading page runs it (see support/budget-rules.ts): the clipboard code
 * and the passage machinery load on first use instead, and a click waits for them at most a
 * moment, well within the browser's user-activation window for the clipboard and share sheet.
 */

const clipboard = () => import('./clipboard');

/** `<mend-share>`: shares the page through the system share sheet, or copies its link. */
class MendShare extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button');
		const status = this.querySelector<HTMLElement>('[role="status"]');
		if (!button || !status) return;
		button.hidden = false;
		button.addEventListener('click', () => void clipboard().then((m) => m.sharePage(this.dataset['title'], status)));
	}
}

/** `<mend-section-links>`: section links that also copy, and (lazily) links to selected passages. */
class MendSectionLinks extends HTMLElement {
	#status = this.querySelector<HTMLElement>('[data-share-status]');
	#button = this.querySelector<HTMLButtonElement>('[data-passage-link]');

	connectedCallback() {
		this.addEventListener('click', (event) => this.#onClick(event));
		const button = this.#button;
		const status = this.#status;
		if (!button || !status) return;
		let started = false;
		const start = () => {
			if (started) return;
			started = true;
			void import('./passage-links').then(({ PassageLinks }) => new PassageLinks(this, button, status));
		};
		for (const type of ['selectionchange', 'pointerdown', 'keydown'] as const) {
			document.addEventListener(type, start, { once: true, passive: true });
		}
	}

	#onClick(event: MouseEvent) {
		const link =
			event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-section-link]') : null;
		// The link still moves to the section, so the address bar shows the same URL.
		if (link && this.#status) void clipboard().then((m) => m.copySectionLink(link.hash, this.#status as HTMLElement));
	}
}

customElements.define('mend-share', MendShare);
customElements.define('mend-section-links', MendSectionLinks);
