/*
 * <mend-forget-all>: the privacy page's "Delete everything" button. It asks first (a native
 * <dialog>), then deletes the site's localStorage keys, its caches and its service worker, and
 * says so in a status line that screen readers announce.
 */
import { doneText, siteKeys } from './forget-all';

class MendForgetAll extends HTMLElement {
	#dialog = this.querySelector<HTMLDialogElement>('[data-confirm]');
	#button = this.querySelector<HTMLButtonElement>('[data-forget]');
	#status = this.querySelector<HTMLElement>('[data-status]');

	connectedCallback() {
		for (const el of this.querySelectorAll<HTMLElement>('[data-js-only]')) el.hidden = false;
		this.#button?.addEventListener('click', () => {
			if (!this.#dialog) return;
			this.#dialog.returnValue = '';
			this.#dialog.showModal();
			this.querySelector<HTMLButtonElement>('[data-keep]')?.focus();
		});
		this.#dialog?.addEventListener('close', () => {
			this.#button?.focus();
			if (this.#dialog?.returnValue === 'delete') void this.#forget();
		});
	}

	async #forget() {
		if (this.#status) this.#status.textContent = '';
		const failed: string[] = [];
		const attempt = async (what: string, run: () => unknown) => {
			try {
				await run();
			} catch {
				failed.push(what);
			}
		};
		const texts = this.#status?.dataset ?? {};
		await attempt(texts['storage'] ?? '', () => {
			for (const key of siteKeys(Object.keys(localStorage))) localStorage.removeItem(key);
		});
		await attempt(texts['offline'] ?? '', async () => {
			if ('caches' in window) for (const name of await caches.keys()) await caches.delete(name);
			const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? [];
			await Promise.all(registrations.map((registration) => registration.unregister()));
		});
		const { done = '', failed: some = '', and = ', ' } = texts;
		if (this.#status) this.#status.textContent = doneText({ done, failed: some, and }, failed);
	}
}

customElements.define('mend-forget-all', MendForgetAll);
