/*
 * The part of search that runs on every page load. It enables the header's search button and
 * waits for the reader to reach for search: pointer over or down on the button, focus on it, a
 * click, or a shortcut (`/`, Ctrl/Cmd+K). Only then does it load search-element.ts, which
 * defines <mend-search> and takes over. What the reader types while that loads is kept in the
 * element's data-typed, and the element opens itself and hands it to the search box.
 */
import { isSearchShortcut } from './triggers';

/** Wires the header's search button, if the page has one. */
export function watchSearch(): void {
	const host = document.querySelector<HTMLElement>('mend-search');
	const button = host?.querySelector('button');
	if (!host || !button) return;
	button.disabled = false;
	const load = () => void import('./search-element');
	const ready = () => customElements.get('mend-search') !== undefined;
	const ask = () => {
		host.dataset['typed'] ??= '';
		load();
	};
	for (const type of ['pointerenter', 'pointerdown', 'focus'] as const) {
		button.addEventListener(type, load, { once: true, passive: true });
	}
	button.addEventListener('click', () => ready() || ask());
	document.addEventListener(
		'keydown',
		(event) => {
			if (ready() || event.isComposing || event.altKey) return;
			const typed = host.dataset['typed'];
			if (typed !== undefined) {
				if (event.ctrlKey || event.metaKey) return;
				// Only characters: the moment before the box appears is too short to need editing keys.
				if (event.key.length > 1) return;
				host.dataset['typed'] = typed + event.key;
				event.preventDefault();
			} else if (isSearchShortcut(event, document.activeElement as HTMLElement | null)) {
				event.preventDefault();
				// On the search page, the shortcuts go to its own box rather than opening the modal.
				const own = document.querySelector<HTMLInputElement>('mend-search-page input');
				if (own) own.focus();
				else ask();
			}
		},
		{ capture: true },
	);
}
