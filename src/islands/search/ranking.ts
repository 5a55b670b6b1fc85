/*
 * How a reader's query becomes Pagefind searches, and how their results are merged. Pagefind
 * finds only pages holding every word of a query that its index has anywhere (Pagefind 1.6 drops
 * a word it has nowhere: "apology zzxq" finds what "apology" does), so a query whose words are
 * spread over different pages finds few pages or none. The site searches the meaningful words
 * together first; when that finds too little, it also searches each word apart and merges, a word
 * that few pages hold counting for more than one that many do. Words that say nothing about the
 * subject ("I", "they", "me", "do", "how", "my ex") are left out of every search, so they never
 * decide a ranking.
 */

/**
 * The stop words of a page's language, from its strings file (`search.stopWords`, rendered on the
 * search box as `data-stop-words`): words that carry no subject, listed without accents and
 * separated by spaces. Keeping them in the strings file keeps them out of every language's
 * script, and a new language brings its own list with the rest of its text.
 */
export function stopWordSet(list: string): ReadonlySet<string> {
	return new Set(list.split(/\s+/).filter((word) => word !== ''));
}

const NO_STOP_WORDS: ReadonlySet<string> = new Set();

/** A word with its accents dropped (NFD, no combining marks), as stop words are listed. */
function withoutAccents(word: string): string {
	return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * The words of a query that can decide a ranking, without the page language's stop words,
 * lowercased, apostrophes dropped, each once. Words keep their accents: Pagefind matches "perdón"
 * and "perdon" alike, and the landing highlight shows what the reader typed.
 */
export function meaningfulWords(query: string, stop: ReadonlySet<string> = NO_STOP_WORDS): string[] {
	const words = query
		.toLowerCase()
		.replace(/['’‘`]/g, '')
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word !== '' && !stop.has(withoutAccents(word)));
	return [...new Set(words)];
}

/** What Pagefind's search() returns, as far as the ranking needs it. */
export interface SearchHit {
	id: string;
	score: number;
}

/** One Pagefind search and the words it was for. */
export interface SearchRun {
	words: readonly string[];
	hits: readonly SearchHit[];
}

/** A page in the merged ranking, with the searches that found it (their indexes in the runs). */
export interface MergedHit {
	id: string;
	score: number;
	runs: number[];
}

/** Below this many pages for all words together, each word is searched apart too. */
export const FEW_RESULTS = 3;

/**
 * Merges searches into one ranking. Each search's scores are scaled to its best hit, so searches
 * compare; a search of several words together counts by how many words it holds (finding them all
 * on one page is the strongest sign); a one-word search counts less the more pages hold the word.
 * Ties keep the order of the first search that found them.
 */
export function mergeRuns(runs: readonly SearchRun[]): MergedHit[] {
	const merged = new Map<string, MergedHit>();
	runs.forEach((run, index) => {
		const best = Math.max(0, ...run.hits.map((hit) => hit.score));
		if (best <= 0) return;
		const weight = run.words.length > 1 ? run.words.length : 1 / (1 + Math.log2(run.hits.length));
		for (const hit of run.hits) {
			const entry = merged.get(hit.id) ?? { id: hit.id, score: 0, runs: [] };
			entry.score += (hit.score / best) * weight;
			entry.runs.push(index);
			merged.set(hit.id, entry);
		}
	});
	return [...merged.values()].sort((a, b) => b.score - a.score);
}

/**
 * The searches a query needs: its meaningful words together, then (when `together` found fewer
 * than FEW_RESULTS pages) each word apart. A query of nothing but common words is searched as typed.
 * `stop` is the page language's stop words (meaningfulWords).
 */
export function plannedSearches(query: string, together?: number, stop = NO_STOP_WORDS): string[][] {
	const words = meaningfulWords(query, stop);
	if (words.length === 0) return query.trim() ? [[query.trim()]] : [];
	if (together === undefined || words.length === 1 || together >= FEW_RESULTS) return [words];
	return words.map((word) => [word]);
}
