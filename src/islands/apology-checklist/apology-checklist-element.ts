/*
 * <mend-apology-checklist>: enables the task list's checkboxes, restores and saves the ticks and
 * the draft, and runs Copy and Clear. Step 1 and /apology-checklist/ read and write the same
 * stored value, so each shows what was done on the other; a page brought back by the browser's
 * back button, or changed in another tab, is refreshed from storage before it can write over it.
 */
import { load, localStore, save } from '@/lib/storage';
import { keyFor, pageLang } from '@/shared/i18n';
import {
	checklistCodec,
	CHECKLIST_KEY,
	countDone,
	itemKeys,
	progressText,
	setDone,
	type ChecklistState,
} from './apology-checklist';

class MendApologyChecklist extends HTMLElement {
	#storage = localStore();
	/** Each language's edition keeps its own ticks and draft. */
	#key = keyFor(CHECKLIST_KEY, pageLang());
	#state: ChecklistState = checklistCodec.empty;
	#boxes: HTMLInputElement[] = [];
	#keys: string[] = [];
	#draft = this.querySelector<HTMLTextAreaElement>('[data-draft]');
	#dialog = this.querySelector<HTMLDialogElement>('[data-confirm]');

	connectedCallback() {
		this.#boxes = [...this.querySelectorAll<HTMLInputElement>('.task-list-item input[type="checkbox"]')];
		this.#keys = itemKeys(this.#boxes.map((box) => box.closest('label')?.textContent ?? ''));
		this.#boxes.forEach((box, index) => {
			box.disabled = false;
			// Storage, not the browser's form memory, decides what is ticked.
			box.autocomplete = 'off';
			box.dataset['key'] = this.#keys[index];
			box.addEventListener('change', () => this.#tick(box));
		});

		this.#draft?.addEventListener('input', () => this.#write());
		this.querySelector('[data-copy]')?.addEventListener('click', () => void this.#copy());
		this.querySelector('[data-clear]')?.addEventListener('click', () => this.#askToClear());
		this.#dialog?.addEventListener('close', () => this.#afterConfirm());
		// Going back to this page, the browser may put back the boxes as they were when it was left,
		// or restore the whole page from its cache: either way, storage has the latest state.
		window.addEventListener('pageshow', () => this.#restore());
		// Another tab changed the checklist (a null key means it cleared all of the site's storage).
		window.addEventListener('storage', (event) => (event.key ?? this.#key) === this.#key && this.#restore());

		for (const el of this.querySelectorAll<HTMLElement>('[data-js-only], [data-progress]')) el.hidden = false;
		// Ticks made before this script loaded (see checklist-trigger.ts) are the reader's latest word.
		const early = this.#boxes.filter((box) => box.dataset['ticked'] !== undefined);
		const ticks = early.map((box) => [box.dataset['key'] ?? '', box.checked] as const);
		this.#restore();
		for (const box of early) delete box.dataset['ticked'];
		if (ticks.length === 0) return;
		for (const [key, done] of ticks) this.#state = setDone(this.#state, key, done);
		this.#boxes.forEach((box, index) => (box.checked = this.#state.done.includes(this.#keys[index] ?? '')));
		this.#persist();
		this.#render();
	}

	#restore() {
		const { value, readable, newer } = load(this.#storage, this.#key, checklistCodec);
		// Never replace what the reader is typing at this moment.
		const typing = this.#draft !== null && document.activeElement === this.#draft;
		this.#state = typing ? { ...value, draft: this.#draft?.value ?? '' } : value;
		this.#boxes.forEach((box, index) => (box.checked = value.done.includes(this.#keys[index] ?? '')));
		if (this.#draft && !typing) this.#draft.value = value.draft;
		if (!readable) this.#warn();
		if (newer) this.#warn('[data-storage-newer]');
		this.#render();
	}

	#tick(box: HTMLInputElement) {
		this.#state = setDone(this.#state, box.dataset['key'] ?? '', box.checked);
		this.#persist();
		this.#render();
	}

	#write() {
		this.#state = { ...this.#state, draft: this.#draft?.value ?? '' };
		this.#say('');
		this.#persist();
		this.#render();
	}

	#persist() {
		const saved = save(this.#storage, this.#key, checklistCodec, this.#state);
		if (saved !== 'done') this.#warn(saved === 'newer' ? '[data-storage-newer]' : undefined);
	}

	#render() {
		const progress = this.querySelector<HTMLElement>('[data-progress]');
		const { done = '', allDone = '' } = progress?.dataset ?? {};
		const text = progressText({ done, allDone }, countDone(this.#keys, this.#state), this.#keys.length);
		if (progress && progress.textContent !== text) progress.textContent = text;
		const print = this.querySelector<HTMLElement>('[data-print-draft]');
		if (print) {
			print.textContent = this.#state.draft;
			print.hidden = this.#state.draft.trim() === '';
		}
	}

	async #copy() {
		const text = this.#state.draft;
		if (text.trim() === '') return this.#say('nothingToCopy');
		try {
			await navigator.clipboard.writeText(text);
			this.#say('copied');
		} catch {
			this.#draft?.select();
			this.#say('copyFailed');
		}
	}

	#askToClear() {
		if (!this.#dialog || this.#state.draft === '') return this.#say('nothingToClear');
		this.#dialog.returnValue = '';
		this.#dialog.showModal();
		this.querySelector<HTMLButtonElement>('[data-keep]')?.focus();
	}

	#afterConfirm() {
		if (this.#dialog?.returnValue !== 'delete') {
			this.querySelector<HTMLButtonElement>('[data-clear]')?.focus();
			return;
		}
		if (this.#draft) this.#draft.value = '';
		this.#write();
		this.#say('deleted');
		this.#draft?.focus();
	}

	/** Says one of the messages the feedback region carries in the page's language (data-*), or nothing. */
	#say(message: 'nothingToCopy' | 'copied' | 'copyFailed' | 'nothingToClear' | 'deleted' | '') {
		const feedback = this.querySelector<HTMLElement>('[data-feedback]');
		if (feedback) feedback.textContent = message === '' ? '' : (feedback.dataset[message] ?? '');
	}

	#warn(which = '[data-storage-warning]') {
		const warning = this.querySelector<HTMLElement>(which);
		if (warning) warning.hidden = false;
	}
}

customElements.define('mend-apology-checklist', MendApologyChecklist);
