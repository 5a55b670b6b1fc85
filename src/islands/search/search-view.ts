/*
 * Runs search for one box (SearchBox.astro: in the modal, or on /search/) and paints its results.
 * Every keystroke searches at once (no debounce: a search of the guide's index takes a few
 * milliseconds); answers to older keystrokes are dropped. A query that signals danger shows the
 * support card first, before and whatever the engine answers. Each result's record is fetched only
 * when its row is about to show: the first rows at once, the rest as they scroll into view, so a
 * first search costs a few small requests. The list carries `data-for` with the query it shows,
 * once its first rows are painted.
 */
import { loadDangerList, signalsDanger } from './crisis';
import { loadEngine, pageStopWords, preload, search, type Found } from './engine';
import { meaningfulWords } from './ranking';
import { resultView, type ResultView } from './result-view';
import { normalizeQuery } from './search';

/** Rows whose records load at once; the rest wait until they scroll near. */
const FIRST_ROWS = 2;
/** Rows listed at most: the guide has a handful of pages, none worth hiding. */
const MAX_ROWS = 12;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
	const el = document.createElement(tag);
	el.className = className;
	if (text !== undefined) el.textContent = text;
	return el;
}

let ids = 0;

/** Excerpts are the page's words, escaped, with only <mark> added (result-view.ts), so they are set as HTML. */
function excerpt(html: string, id: string): HTMLParagraphElement {
	const el = element('p', 'result-excerpt');
	el.id = id;
	el.innerHTML = html;
	return el;
}

/** One row: a card whose link stretches over it, then a card for each matching section. */
export function renderResult(item: HTMLLIElement, view: ResultView, sectionsLabel: string): void {
	const id = `mend-result-${++ids}`;
	item.className = 'result';
	const card = element('div', 'result-card');
	const link = element('a', 'result-link');
	link.href = view.url;
	if (view.label) link.append(element('span', 'result-label', view.label));
	link.append(element('span', 'result-title', view.title));
	link.setAttribute('aria-describedby', `${id}-excerpt`);
	card.append(link, excerpt(view.excerpt, `${id}-excerpt`));
	item.replaceChildren(card);
	if (view.sections.length === 0) return;
	const list = element('ul', 'result-sections');
	list.setAttribute(
		'aria-label',
		sectionsLabel.replace('{title}', () => view.title),
	);
	view.sections.forEach((section, index) => {
		const sectionCard = element('li', 'result-card result-section');
		const sectionLink = element('a', 'result-link', section.title);
		sectionLink.href = section.url;
		sectionLink.setAttribute('aria-describedby', `${id}-${index}-excerpt`);
		sectionCard.append(sectionLink, excerpt(section.excerpt, `${id}-${index}-excerpt`));
		list.append(sectionCard);
	});
	item.append(list);
}

export class SearchView {
	readonly input: HTMLInputElement;
	#support: HTMLElement | null;
	#status: HTMLElement | null;
	#list: HTMLOListElement;
	#turn = 0;
	#observer: IntersectionObserver;
	#pending = new Map<Element, () => void>();
	#lang = document.documentElement.lang;
	/** Called with each query searched (the search page keeps its URL in step). */
	onQuery: (query: string) => void = () => undefined;

	constructor(root: HTMLElement) {
		const input = root.querySelector<HTMLInputElement>('input[type="search"]');
		const list = root.querySelector<HTMLOListElement>('[data-results]');
		if (!input || !list) throw new Error('a search box needs its input and results list');
		this.input = input;
		this.#list = list;
		this.#support = root.querySelector('[data-support]');
		this.#status = root.querySelector('[data-status]');
		this.#observer = new IntersectionObserver((entries) => {
			for (const entry of entries) {
				if (!entry.isIntersecting) continue;
				this.#pending.get(entry.target)?.();
			}
		});
		// The page's own list of danger phrases, when it is not English: a query typed before it
		// arrives is matched against English, then again against it.
		void loadDangerList(this.#lang)
			.then(() => this.#showSupport(normalizeQuery(input.value)))
			.catch(() => undefined);
		input.addEventListener('input', () => void this.run());
		input.addEventListener('keydown', (event) => this.#arrows(event));
		list.addEventListener('keydown', (event) => this.#arrows(event));
	}

	/** Shows the support card above the results when the query signals danger, hides it otherwise. */
	#showSupport(query: string): void {
		if (this.#support) this.#support.hidden = !signalsDanger(query, this.#lang);
	}

	/** Searches what the box holds now. */
	async run(): Promise<void> {
		const turn = ++this.#turn;
		const query = normalizeQuery(this.input.value);
		this.#showSupport(query);
		this.onQuery(query);
		if (query === '') {
			this.#show(turn, '', [], '');
			return;
		}
		let found: Found[];
		try {
			const engine = await loadEngine();
			if (turn !== this.#turn) return;
			preload(engine, query);
			found = await search(engine, query);
		} catch {
			if (turn === this.#turn) this.#say(this.#text('failed'));
			return;
		}
		if (turn !== this.#turn) return;
		const status = this.#text(found.length === 0 ? 'none' : found.length === 1 ? 'one' : 'many')
			.replace('{n}', String(found.length))
			.replace('{query}', () => query);
		await this.#show(turn, query, found.slice(0, MAX_ROWS), status);
	}

	/** What the status says, in the page's language: SearchBox.astro renders it on the status (data-*). */
	#text(name: 'none' | 'one' | 'many' | 'failed'): string {
		return this.#status?.dataset[name] ?? '';
	}

	#say(text: string) {
		if (this.#status && this.#status.textContent !== text) this.#status.textContent = text;
	}

	/** Replaces the rows: the first ones painted together with the status, the rest as they near view. */
	async #show(turn: number, query: string, found: readonly Found[], status: string) {
		const terms = meaningfulWords(query, pageStopWords());
		const rows = found.map(() => element('li', 'result result-pending'));
		const paint = async (found: Found, row: HTMLLIElement) => {
			const { data, hits } = await found.load();
			if (turn === this.#turn) {
				const { sections = '', tool = '' } = this.#list.dataset;
				renderResult(row, resultView(data, hits, terms, tool), sections);
			}
		};
		const first = await Promise.allSettled(
			found.slice(0, FIRST_ROWS).map((f, i) => paint(f, rows[i] as HTMLLIElement)),
		);
		if (turn !== this.#turn) return;
		this.#observer.disconnect();
		this.#pending.clear();
		rows.forEach((row, i) => {
			const entry = found[i];
			if (i < FIRST_ROWS || !entry) return;
			this.#pending.set(row, () => {
				this.#pending.delete(row);
				this.#observer.unobserve(row);
				void paint(entry, row).catch(() => row.remove());
			});
			this.#observer.observe(row);
		});
		// A first row whose record failed to load is left out rather than shown empty.
		this.#list.replaceChildren(...rows.filter((_, i) => i >= FIRST_ROWS || first[i]?.status === 'fulfilled'));
		this.#list.dataset['for'] = query;
		this.#say(status);
	}

	/** Up and down arrows move between the box and the result links, as in a list of suggestions. */
	#arrows(event: KeyboardEvent) {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const links = [...this.#list.querySelectorAll<HTMLAnchorElement>('a.result-link')];
		if (links.length === 0) return;
		const at = links.indexOf(document.activeElement as HTMLAnchorElement);
		const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
		event.preventDefault();
		if (next < 0) this.input.focus();
		else links[Math.min(next, links.length - 1)]?.focus();
	}
}
