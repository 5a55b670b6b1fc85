/*
 * The search engine: Pagefind's own JS API (pagefind.js from /pagefind/, written by `astro build`),
 * loaded on the reader's intent and driven by the site's ranking (ranking.ts). In the dialog it
 * runs on the page's main thread (`noWorker`), which saves the worker's download on the first
 * search from a reading page: the guide's index is small, and a search takes a few milliseconds.
 * /search/, whose load is a search (`?q=`), runs it in Pagefind's worker instead, so decoding the
 * index and searching it never hold up the page as it paints: on a phone (4x CPU slowdown) the
 * main thread did 1.2 s of long tasks before, and about 0.3 s with the worker. The import goes
 * through a runtime URL so Vite leaves it alone; without a build (astro dev) or offline it
 * rejects, and the callers say so.
 */
import { mergeRuns, meaningfulWords, plannedSearches, stopWordSet, type MergedHit } from './ranking';
import type { PageData, WordHit } from './result-view';
import { BUNDLE_PATH } from '@/shared/search';

/** One result of Pagefind's search(), as far as the site uses it. */
interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PageData & { weighted_locations: WordHit[] }>;
}

/** Pagefind's module (pagefind.js), as far as the site uses it. */
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	preload(term: string): Promise<void>;
	search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

/** A page the search found: its place, and how to fetch what its row shows. */
export interface Found {
	id: string;
	score: number;
	/** The page's record and every word position the searches matched on it (one request, then cached). */
	load(): Promise<{ data: PageData; hits: WordHit[] }>;
}

/** Titles weigh five times body text: a query naming a step's subject finds that step first. */
const RANKING = { metaWeights: { title: 5 } };

let loading: Promise<Pagefind> | undefined;

/** Loads and starts Pagefind once (the wasm and the index's metadata); rejects if /pagefind/ is missing. */
export function loadEngine(): Promise<Pagefind> {
	loading ??= (async () => {
		const url = new URL(`${BUNDLE_PATH}pagefind.js`, window.location.href).href;
		const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
		const searchPage = document.querySelector('mend-search-page') !== null;
		await pagefind.options({ noWorker: !searchPage, ranking: RANKING });
		await pagefind.init();
		return pagefind;
	})().catch((error: unknown) => {
		loading = undefined;
		throw error;
	});
	return loading;
}

let stopWords: ReadonlySet<string> | undefined;

/** The stop words of the page's language, as its search box carries them (ranking.ts, stopWordSet). */
export function pageStopWords(): ReadonlySet<string> {
	stopWords ??= stopWordSet(document.querySelector<HTMLElement>('[data-stop-words]')?.dataset['stopWords'] ?? '');
	return stopWords;
}

/** Starts fetching the index chunks a partly typed query will need. */
export function preload(pagefind: Pagefind, query: string): void {
	const words = meaningfulWords(query, pageStopWords());
	if (words.length > 0) void pagefind.preload(words.join(' ')).catch(() => undefined);
}

/** Searches as ranking.ts plans it and returns the pages in the merged order. */
export async function search(pagefind: Pagefind, query: string): Promise<Found[]> {
	const stop = pageStopWords();
	const [first] = plannedSearches(query, undefined, stop);
	if (!first) return [];
	const runs: { words: string[]; results: PagefindResult[] }[] = [];
	const together = (await pagefind.search(first.join(' ')))?.results ?? [];
	runs.push({ words: first, results: together });
	const apart = plannedSearches(query, together.length, stop);
	if (apart.length > 1) {
		const each = await Promise.all(apart.map((words) => pagefind.search(words.join(' '))));
		apart.forEach((words, i) => runs.push({ words, results: each[i]?.results ?? [] }));
	}
	const merged: MergedHit[] = mergeRuns(
		runs.map(({ words, results }) => ({ words, hits: results.map(({ id, score }) => ({ id, score })) })),
	);
	return merged.map((hit) => ({
		id: hit.id,
		score: hit.score,
		load: async () => {
			const found = hit.runs.flatMap((i) => runs[i]?.results.filter((r) => r.id === hit.id) ?? []);
			const all = await Promise.all(found.map((r) => r.data()));
			const [data] = all;
			if (!data) throw new Error(`Pagefind has no record for ${hit.id}`);
			return { data, hits: all.flatMap((d) => d.weighted_locations) };
		},
	}));
}
