/*
 * The part of the apology checklist that runs on every page load (through src/client/enhance.ts).
 * Step 1 shows the checklist at its very end, so its script (apology-checklist-element.ts, about
 * 1.5 KB) waits until the checklist nears the viewport or the reader touches it, and the step stays
 * within its 2 KB of script on load. The boxes work at once all the same: a tick made before the
 * script arrives is marked `data-ticked`, and the element saves it as it starts.
 */

/** Enables the page's checklist, if it has one, and loads its script when it is about to be used. */
export function watchChecklist(): void {
	const host = document.querySelector<HTMLElement>('mend-apology-checklist');
	if (!host) return;
	for (const box of host.querySelectorAll<HTMLInputElement>('.task-list-item input[type="checkbox"]')) {
		box.autocomplete = 'off';
		box.disabled = false;
	}
	const mark = (event: Event) => {
		if (customElements.get('mend-apology-checklist')) host.removeEventListener('change', mark);
		else if (event.target instanceof HTMLInputElement) event.target.dataset['ticked'] = '';
	};
	host.addEventListener('change', mark);

	const near = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && load(), {
		// "Near" is within one screen of scrolling.
		rootMargin: '100% 0px',
	});
	const load = () => {
		near.disconnect();
		void import('./apology-checklist-element');
	};
	near.observe(host);
	for (const type of ['focusin', 'pointerdown'] as const)
		host.addEventListener(type, load, { once: true, passive: true });
}
