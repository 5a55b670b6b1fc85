/*
 * Loads Pagefind's Component UI on demand and renders its results the site's way.
 *
 * Nothing here runs at page load: the first call to loadPagefindUI() (on hover, focus or press
 * of the search button, a shortcut, or a visit to /search/) adds the stylesheets and imports the
 * script from /pagefind/, which exists only after `astro build`. The import goes through a
 * runtime URL so Vite leaves it alone; a failed load (as in `astro dev`) rejects, and the
 * callers show a notice instead of a broken box.
 */
import {
	BUNDLE_PATH,
	HIGHLIGHT_PARAM,
	LAYERED_STYLESHEET,
	resultView,
	type ResultLike,
	type ResultView,
} from './search';
// The site's theme for Pagefind's UI: a stylesheet of its own, fetched with Pagefind's, not carried by every page.
import themeHref from './search.css?url&no-inline';

/** The part of a Pagefind Component UI instance the site uses. */
export interface PagefindInstance {
	on(event: 'search', callback: (term: string) => void, owner?: object): void;
	on(event: 'results', callback: (result: { results: unknown[] }) => void, owner?: object): void;
	triggerSearch(term: string): void;
	triggerLoad(): Promise<void>;
	setTranslations(strings: Record<string, string>): void;
	searchTerm: string;
}

/** `window.PagefindComponents`, as far as the site uses it. */
interface PagefindComponents {
	configureInstance(name: string, options: Record<string, unknown>): PagefindInstance;
}

/** `<pagefind-results>`: the site supplies the markup of each result. */
export interface PagefindResultsElement extends HTMLElement {
	resultTemplate: ((result: ResultLike) => Element) | null;
}

/** `<pagefind-modal>`. */
export interface PagefindModalElement extends HTMLElement {
	open(): void;
	close(): void;
	readonly isOpen: boolean;
}

/**
 * Ranking, tuned so the step whose subject a query names comes first (tests/e2e/search.spec.ts
 * holds it). The markup does most of it: a step's summary weighs 5 and its "In short" 2, and
 * links to other pages 0.5 (data-pagefind-weight). Titles keep Pagefind's 5x boost.
 */
const SEARCH_OPTIONS = {
	highlightParam: HIGHLIGHT_PARAM,
	excerptLength: 24,
	excerptEllipsis: '…',
	ranking: { metaWeights: { title: 5 } },
};

/** The site's words for Pagefind's strings (the rest stay Pagefind's English). */
const STRINGS: Record<string, string> = {
	placeholder: 'Search the guide',
	search_label: 'Search the guide',
	zero_results: 'Nothing found for “[SEARCH_TERM]”. Try fewer words, or other ones.',
	one_result: '1 page found for “[SEARCH_TERM]”',
	many_results: '[COUNT] pages found for “[SEARCH_TERM]”',
	searching: 'Searching for “[SEARCH_TERM]”…',
	results_label: 'Search results',
	error_search: 'Search failed',
};

let loading: Promise<PagefindComponents> | undefined;

function addStylesheet(href: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = href;
		link.addEventListener('load', () => resolve(), { once: true });
		link.addEventListener(
			'error',
			() => {
				link.remove();
				reject(new Error(`Could not load ${href}`));
			},
			{ once: true },
		);
		document.head.append(link);
	});
}

async function load(): Promise<PagefindComponents> {
	const script = new URL(`${BUNDLE_PATH}pagefind-component-ui.js`, window.location.href).href;
	await Promise.all([
		addStylesheet(`${BUNDLE_PATH}${LAYERED_STYLESHEET}`),
		addStylesheet(themeHref),
		import(/* @vite-ignore */ script),
	]);
	const components = (window as { PagefindComponents?: PagefindComponents }).PagefindComponents;
	if (!components) throw new Error('Pagefind loaded without defining PagefindComponents');
	return components;
}

/** Loads Pagefind's UI once; rejects if /pagefind/ is missing (before the first build) or unreachable. */
export function loadPagefindUI(): Promise<PagefindComponents> {
	loading ??= load().catch((error: unknown) => {
		loading = undefined;
		throw error;
	});
	return loading;
}

/** Sets up a named instance before any of its elements connect: options and wording (`strings` add to STRINGS). */
export function configureSearch(
	components: PagefindComponents,
	name: string,
	strings: Record<string, string> = {},
): PagefindInstance {
	const instance = components.configureInstance(name, SEARCH_OPTIONS);
	instance.setTranslations({ ...STRINGS, ...strings });
	return instance;
}

let ids = 0;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
	const el = document.createElement(tag);
	el.className = className;
	if (text !== undefined) el.textContent = text;
	return el;
}

/** Pagefind's excerpts are text with only <mark> added (it escapes < and >), so they are set as HTML. */
function excerpt(html: string, id: string): HTMLParagraphElement {
	const el = element('p', 'result-excerpt');
	el.id = id;
	el.innerHTML = html;
	return el;
}

/**
 * One result: a card whose link (label and title) stretches over the whole card, so the row is a
 * comfortable tap target while the link's name stays short; the excerpt describes it. Then a
 * card for each matching section, built the same way.
 */
export function renderResult(result: ResultLike): HTMLLIElement {
	const view: ResultView = resultView(result);
	const id = `mend-result-${++ids}`;
	const item = element('li', 'result');

	const card = element('div', 'result-card');
	const link = element('a', 'result-link');
	link.href = view.url;
	if (view.label) {
		link.append(element('span', 'result-label', view.label));
	}
	link.append(element('span', 'result-title', view.title));
	link.setAttribute('aria-describedby', `${id}-excerpt`);
	card.append(link, excerpt(view.excerpt, `${id}-excerpt`));
	item.append(card);

	if (view.sections.length > 0) {
		const list = element('ul', 'result-sections');
		list.setAttribute('aria-label', `Sections of ${view.title}`);
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
	return item;
}

/** Creates the Pagefind elements of a search box, results rendered by renderResult. */
export function createSearchParts(instance: string): {
	input: HTMLElement;
	summary: HTMLElement;
	results: PagefindResultsElement;
} {
	const input = document.createElement('pagefind-input');
	const summary = document.createElement('pagefind-summary');
	const results = document.createElement('pagefind-results') as PagefindResultsElement;
	for (const el of [input, summary, results]) el.setAttribute('instance', instance);
	input.setAttribute('placeholder', STRINGS['placeholder'] ?? 'Search');
	results.resultTemplate = (result) => renderResult(result);
	return { input, summary, results };
}
