/*
 * Rules for what goes into the search index, checked at build time against what Pagefind wrote.
 * Pagefind indexes only the parts of a page marked `data-pagefind-body`, and drops pages without
 * one (the whole guide, the 404, the search page). Every indexed page must say what kind of page
 * it is, so search can label and filter it; steps also carry "Step N".
 */

import { isRecord } from './is-record';
import { SEARCH_KINDS as PAGE_KINDS, type SearchKind as PageKind } from './site-model';

/** One page as Pagefind stored it (a decompressed fragment file), reduced to what the rules need. */
export interface IndexedPage {
	url: string;
	words: number;
	title: string | undefined;
	kind: string | undefined;
	step: string | undefined;
	/** Ids of the headings that split the page into sub-results. */
	sections: string[];
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Reads a fragment's JSON (already decompressed and parsed) as an IndexedPage; undefined if it is not one. */
export function parseFragment(value: unknown): IndexedPage | undefined {
	if (!isRecord(value) || typeof value['url'] !== 'string') return undefined;
	const meta = isRecord(value['meta']) ? value['meta'] : {};
	const filters = isRecord(value['filters']) ? value['filters'] : {};
	const kinds = Array.isArray(filters['kind']) ? filters['kind'] : [];
	const anchors = Array.isArray(value['anchors']) ? value['anchors'] : [];
	return {
		url: value['url'],
		words: typeof value['word_count'] === 'number' ? value['word_count'] : 0,
		title: text(meta['title']),
		kind: kinds.length === 1 ? text(kinds[0]) : undefined,
		step: text(meta['step']),
		sections: anchors.flatMap((anchor) =>
			isRecord(anchor) && /^h[2-6]$/.test(String(anchor['element'])) && typeof anchor['id'] === 'string'
				? [anchor['id']]
				: [],
		),
	};
}

/** What is wrong with the index, one line per problem; empty when every indexed page is well marked. */
export function checkIndexedPages(pages: readonly IndexedPage[]): string[] {
	if (pages.length === 0) {
		return ['No page was indexed: mark the guide text of each page with data-pagefind-body.'];
	}
	return pages.flatMap((page) => {
		const problems: string[] = [];
		if (!page.title) problems.push(`${page.url} has no title: give it an <h1> inside data-pagefind-body.`);
		if (!PAGE_KINDS.includes(page.kind as PageKind)) {
			problems.push(
				`${page.url} has kind ${page.kind === undefined ? '(none)' : `"${page.kind}"`}: add data-pagefind-filter="kind:…" with one of ${PAGE_KINDS.join(', ')}.`,
			);
		}
		// "Step 3", or its language's word for it (search.stepLabel in src/i18n/): "Paso 3".
		if (page.kind === 'step' && !/^\p{L}+ \d+$/u.test(page.step ?? '')) {
			problems.push(`${page.url} is a step without data-pagefind-meta="step:Step N".`);
		}
		return problems;
	});
}

/** One line for the build log: "8 pages (3,410 words, 41 sections): 6 step, 2 page". */
export function summarizeIndex(pages: readonly IndexedPage[]): string {
	const words = pages.reduce((sum, page) => sum + page.words, 0);
	const sections = pages.reduce((sum, page) => sum + page.sections.length, 0);
	const kinds = PAGE_KINDS.map((kind) => [kind, pages.filter((page) => page.kind === kind).length] as const)
		.filter(([, count]) => count > 0)
		.map(([kind, count]) => `${count} ${kind}`);
	const plural = (n: number, one: string) => `${n.toLocaleString('en')} ${one}${n === 1 ? '' : 's'}`;
	return `${plural(pages.length, 'page')} (${plural(words, 'word')}, ${plural(sections, 'section')}): ${kinds.join(', ')}`;
}

/** What the index says against the site model: each page the model indexes is there under its kind, and no other. */
export function checkAgainstModel(
	pages: readonly IndexedPage[],
	model: readonly { url: string; search: string | null }[],
): string[] {
	const problems: string[] = [];
	for (const expected of model) {
		const found = pages.find((page) => page.url === expected.url);
		if (expected.search === null) {
			if (found)
				problems.push(
					`${expected.url} is indexed, but the site model leaves it out of search: remove its data-pagefind-body.`,
				);
		} else if (!found) {
			problems.push(`${expected.url} is missing from the index: mark its text with data-pagefind-body.`);
		} else if (found.kind !== expected.search) {
			problems.push(
				`${expected.url} is indexed as kind "${found.kind ?? '(none)'}", but the site model says "${expected.search}".`,
			);
		}
	}
	for (const page of pages) {
		if (!model.some((expected) => expected.url === page.url))
			problems.push(`${page.url} is indexed, but the site model has no such page.`);
	}
	return problems;
}
