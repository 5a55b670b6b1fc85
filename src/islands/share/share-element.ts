import { canonicalUrl, copyLink } from './clipboard';

/** `<mend-share>`: shares the page through the system share sheet, or copies its link. */
class MendShare extends HTMLElement {
	#button = this.querySelector<HTMLButtonElement>('button');
	#status = this.querySelector<HTMLElement>('[role="status"]');

	connectedCallback() {
		if (!this.#button || !this.#status) return;
		this.#button.hidden = false;
		this.#button.addEventListener('click', () => void this.#share());
	}

	async #share() {
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

if (!customElements.get('mend-share')) customElements.define('mend-share', MendShare);
