/*
 * Links to selected passages, for `<mend-section-links passages>`. Loaded on the reader's first
 * pointer, key or selection (see share-elements.ts), so it costs nothing on page load.
 *
 * The passage button is moved in the DOM to the end of the block where the selection ends (a
 * button is valid in a paragraph or a list item; it goes after a heading, not into it), so that Tab from the selection reaches it next:
 * browsers start sequential focus navigation from where the reader last clicked or selected. When
 * focus is on something that holds the selection instead (the main landmark takes focus on a
 * click, since it is the skip link's target), Tab is sent to the button. On screen it is placed
 * just under the selection.
 */
import { canonicalUrl, copyLink } from './clipboard';
import { passageUrl, sectionUrl, textDirective, type Selected } from './share';

/** Elements a text fragment treats as separate blocks, in the markup these pages have. */
const BLOCKS = 'p, li, blockquote, pre, dt, dd, figcaption, td, th, h1, h2, h3, h4';
/** Blocks the button must not go inside, because it would become part of their name. */
const HEADINGS = 'h1, h2, h3, h4';
/** Selections in these are not passages of the text: navigation, controls. */
const NOT_TEXT = 'nav, button, [role="status"], .section-link';

/** Shows, places and fills the passage button of one `<mend-section-links>` element. */
export class PassageLinks {
	#host: HTMLElement;
	#status: HTMLElement;
	#button: HTMLButtonElement;
	/** The link the passage button copies, worked out when the selection last changed. */
	#passage: string | undefined;
	#pointerDown = false;
	#frame = 0;
	#fragments = 'fragmentDirective' in document;

	constructor(host: HTMLElement, button: HTMLButtonElement, status: HTMLElement) {
		this.#host = host;
		this.#button = button;
		this.#status = status;
		if (!this.#fragments) this.#button.textContent = this.#button.dataset['section'] ?? '';
		this.#button.addEventListener('click', () => {
			if (this.#passage) void copyLink(this.#passage, this.#status);
		});
		// Keep the selection when the button is pressed with a mouse or a finger.
		this.#button.addEventListener('mousedown', (event) => event.preventDefault());
		this.#button.addEventListener('keydown', (event) => {
			if (event.key === 'Escape') this.#hide();
		});
		document.addEventListener('selectionchange', () => this.#schedule());
		document.addEventListener('keydown', (event) => this.#onTab(event));
		// While a mouse drags out a selection, wait for it to finish; a long press on a touch screen
		// ends in pointercancel when it turns into a selection.
		document.addEventListener('pointerdown', () => (this.#pointerDown = true));
		for (const type of ['pointerup', 'pointercancel']) {
			document.addEventListener(type, () => {
				this.#pointerDown = false;
				this.#schedule();
			});
		}
		// The selection that caused this code to load may already be there.
		this.#schedule();
	}

	#onTab(event: KeyboardEvent) {
		const button = this.#button;
		if (event.key !== 'Tab' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
		if (button.hidden) return;
		const range = this.#selectedRange();
		const active = document.activeElement;
		if (range && (active === null || active === document.body || active.contains(range.startContainer))) {
			event.preventDefault();
			button.focus();
		}
	}

	#schedule() {
		cancelAnimationFrame(this.#frame);
		if (!this.#pointerDown) this.#frame = requestAnimationFrame(() => this.#update());
	}

	#update() {
		const button = this.#button;
		const range = this.#selectedRange();
		if (!range) {
			// Tabbing to the button keeps it; anything else that clears the selection hides it.
			if (document.activeElement !== button) this.#hide();
			return;
		}
		// Out of the text before measuring it, so its label is not read as part of a paragraph.
		if (button.parentElement !== this.#host) this.#host.append(button);
		this.#passage = this.#fragments ? this.#passageLink(range) : this.#nearestSectionLink(range);
		if (this.#passage) this.#show(range);
		else this.#hide();
	}

	/** The selection, if it is text inside this element and outside navigation and controls. */
	#selectedRange(): Range | undefined {
		const selection = document.getSelection();
		if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
		const range = selection.getRangeAt(0);
		const inText = (node: Node) => {
			const element = node instanceof Element ? node : node.parentElement;
			return element !== null && this.#host.contains(element) && !element.closest(NOT_TEXT);
		};
		if (!inText(range.startContainer) || !inText(range.endContainer)) return undefined;
		return range.toString().trim() === '' ? undefined : range;
	}

	#blockOf(node: Node): Element {
		const element = node instanceof Element ? node : node.parentElement;
		return element?.closest(BLOCKS) ?? this.#host;
	}

	/** The text from the start of `block` to a point, or from a point to its end. */
	#textBetween(block: Element, node: Node, offset: number, side: 'before' | 'after'): string {
		const part = document.createRange();
		part.selectNodeContents(block);
		if (side === 'before') part.setEnd(node, offset);
		else part.setStart(node, offset);
		return part.toString();
	}

	#passageLink(range: Range): string | undefined {
		const first = this.#blockOf(range.startContainer);
		const last = this.#blockOf(range.endContainer);
		const selected: Selected =
			first === last
				? {
						blocks: [range.toString()],
						before: this.#textBetween(first, range.startContainer, range.startOffset, 'before'),
						after: this.#textBetween(last, range.endContainer, range.endOffset, 'after'),
					}
				: {
						blocks: [
							this.#textBetween(first, range.startContainer, range.startOffset, 'after'),
							this.#textBetween(last, range.endContainer, range.endOffset, 'before'),
						],
						before: this.#textBetween(first, range.startContainer, range.startOffset, 'before'),
						after: this.#textBetween(last, range.endContainer, range.endOffset, 'after'),
					};
		const directive = textDirective(selected, document.body.textContent ?? '');
		return directive === undefined ? undefined : passageUrl(canonicalUrl(), directive);
	}

	/** Where fragments are not supported: the link to the last section heading before the selection. */
	#nearestSectionLink(range: Range): string {
		const page = canonicalUrl();
		let nearest: string | undefined;
		for (const link of this.#host.querySelectorAll<HTMLAnchorElement>('a[data-section-link]')) {
			if (range.comparePoint(link, 0) !== -1) break;
			nearest = decodeURIComponent(link.hash.slice(1));
		}
		return nearest === undefined ? page : sectionUrl(page, nearest);
	}

	#show(range: Range) {
		const button = this.#button;
		const block = this.#blockOf(range.endContainer);
		if (block.matches(HEADINGS)) block.after(button);
		else block.append(button);
		button.hidden = false;

		const box = this.#host.getBoundingClientRect();
		const rects = range.getClientRects();
		const end = rects[rects.length - 1] ?? range.getBoundingClientRect();
		// Centred under where the selection ends, but never past either edge of the text.
		const centre = end.right - box.left - button.offsetWidth / 2;
		const left = Math.min(Math.max(centre, 0), Math.max(box.width - button.offsetWidth, 0));
		button.style.top = `${end.bottom - box.top + 8}px`;
		button.style.left = `${left}px`;
	}

	#hide() {
		this.#button.hidden = true;
	}
}
