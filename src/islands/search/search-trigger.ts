/*
 * The part of search that runs on every page load (through src/scripts/enhance.ts, held to the
 * reading pages' 2 KB). It enables the header's button and opens the server-rendered dialog at
 * once on a tap, `/` or Ctrl/Cmd+K, with its box focused, so what the reader types lands in the
 * box while the rest loads. search-ui.ts (the engine and the renderer) loads on the first
 * sign of intent: pointer over or down on the button, focus on it, or opening the dialog.
 */
import { isSearchShortcut } from './triggers';

/** Wires the header's search button and dialog, if the page has them. */
export function watchSearch(): void {
	const button = document.querySelector<HTMLButtonElement>('mend-search > button');
	const dialog = button?.nextElementSibling;
	if (!button || !(dialog instanceof HTMLDialogElement)) return;
	button.disabled = false;
	let from: Element | null = null;
	const load = () => void import('./search-ui');
	const open = () => {
		if (dialog.open) return;
		from = document.activeElement;
		dialog.showModal();
		dialog.querySelector('input')?.focus();
		// After the frame that shows the box: the engine's script, arriving at once from a cache,
		// would otherwise run before that frame and hold the box back.
		requestAnimationFrame(() => setTimeout(load));
	};
	// A search box would spend Escape on clearing itself: in the dialog, Escape always closes.
	dialog.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape') return;
		event.preventDefault();
		dialog.close();
	});
	// Focus goes back without scrolling, as a dialog's own return of focus does: the header's button
	// is sticky, and focusing it with the page's scroll padding pulled the page up by half a screen.
	// Closed by a link to a part of this page ('link', search-element.ts), focus is left to the link,
	// so Tab goes on from the section it led to.
	dialog.addEventListener('close', () => {
		if (dialog.returnValue === 'link') dialog.returnValue = '';
		else (from instanceof HTMLElement && from !== document.body ? from : button).focus({ preventScroll: true });
	});
	for (const type of ['pointerenter', 'pointerdown', 'focus'])
		button.addEventListener(type, load, { once: true, passive: true });
	button.addEventListener('click', open);
	document.addEventListener('keydown', (event) => {
		if (dialog.open || !isSearchShortcut(event, document.activeElement as HTMLElement | null)) return;
		event.preventDefault();
		// On the search page, the shortcuts go to its own box rather than opening the dialog.
		const own = document.querySelector<HTMLInputElement>('mend-search-page input');
		if (own) own.focus();
		else open();
	});
}
