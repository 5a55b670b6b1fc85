/*
 * The share controls' one script on load: `<mend-share>` ("Share this step") and
 * `<mend-section-links>` (heading links that also copy; passage links). It is kept small on
 * purpose, since every reading page runs it (see scripts/budget-rules.ts): the clipboard code
 * and the passage machinery load on first use instead, and a click waits for them at most a
 * moment, well within the browser's user-activation window for the clipboard and share sheet.
 */

const clipboard = () => import('./clipboard');
const shareLinks = () => import('./share');

/** `<mend-share>`: shares the page through the system share sheet, or copies its link. */
class MendShare extends HTMLElement {
	#button = this.querySelector<HTMLButtonElement>('button');
	#status = this.querySelector<HTMLElement>('[role="status"]');

	connectedCallback() {
		if (!this.#button || !this.#status) return;
		this.#button.hidden = false;
		this.#button.addEventListener('pointerdown', () => void clipboard(), { once: true });
		this.#button.addEventListener('click', () => void this.#share());
	}

	async #share() {
		const { canonicalUrl, copyLink } = await clipboard();
		const url = canonicalUrl();
		const data: ShareData = { title: this.dataset['title'] ?? document.title, url };
		if (typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true)) {
			try {
				await navigator.share(data);
				return;
			} catch (error) {
				// The reader closed the sheet: that is an answer, not a failure to work around.
				if (error instanceof DOMException && error.name === 'AbortError') return;
			}
		}
		if (this.#status) await copyLink(url, this.#status);
	}
}

/** `<mend-section-links>`: section links that also copy, and (lazily) links to selected passages. */
class MendSectionLinks extends HTMLElement {
	#status = this.querySelector<HTMLElement>('[data-share-status]');
	#button = this.querySelector<HTMLButtonElement>('[data-passage-link]');

	connectedCallback() {
		this.addEventListener('click', (event) => void this.#onClick(event));
		const button = this.#button;
		const status = this.#status;
		if (!button || !status) return;
		if (!('fragmentDirective' in document)) button.textContent = 'Copy link to this section';
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

	async #onClick(event: MouseEvent) {
		const link =
			event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-section-link]') : null;
		if (!link || !this.#status) return;
		// The link still moves to the section, so the address bar shows the same URL.
		const [{ canonicalUrl, copyLink }, { sectionUrl }] = await Promise.all([clipboard(), shareLinks()]);
		await copyLink(sectionUrl(canonicalUrl(), decodeURIComponent(link.hash.slice(1))), this.#status);
	}
}

if (!customElements.get('mend-share')) customElements.define('mend-share', MendShare);
if (!customElements.get('mend-section-links')) customElements.define('mend-section-links', MendSectionLinks);
