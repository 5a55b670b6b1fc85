/*
 * How a reader's query becomes Pagefind searches, and how their results are merged. Pagefind
 * finds only pages holding every word of a query, so "they will not reply" finds nothing when the
 * guide says "answer". The site searches the meaningful words together first; when that finds
 * too little, it also searches each word apart and merges, a word that few pages hold counting
 * for more than one that many do. Words that say nothing about the subject ("I", "they", "me",
 * "do", "how", "my ex") are left out of every search, so they never decide a ranking.
 */

/**
 * Words that carry no subject, per language (the page's `<html lang>`): pronouns, the person asked
 * about, and the glue of a question. Listed without accents: a query's words are compared with
 * their accents dropped, so "qué", "que" and "q" all go. "no" and "not" stay in every language:
 * they change what a query means; so does the Spanish "si" ("y si me dice que sí"). Unlike English
 * "gf" or "boyfriend", "novio" and "pareja" stay: "mi ex ya tiene novio" has no other word. A language with no list here searches every word it is given.
 */
const STOP_WORDS_BY_LANG: Readonly<Record<string, ReadonlySet<string>>> = {
	en: new Set(
		(
			'i im ive id ill me my mine myself you youre your yours yourself we us our ours they theyre them their theirs ' +
			'he hes him his she shes her hers it its itself this that these those there here ' +
			'ex gf bf girlfriend boyfriend partner husband wife someone somebody person ' +
			'a an the and or but if so of to in on at by for from with about into as than then ' +
			'do does did doing done is am are was were be been being have has had having ' +
			'can could would should will shall may might must ' +
			'what whats how hows why when where which who whom whose ' +
			'just really very too also still even ever please any some all ' +
			'get got gets getting make makes made go going gonna wanna want'
		).split(' '),
	),
	// Readers' shorthand too: "q"/"k" for que, "x" for por, "pq"/"xq" for porque.
	es: new Set(
		(
			'yo me mi mis mio mia mios mias conmigo tu tus te ti contigo usted el ella ellos ellas ello ' +
			'lo la los las le les se su sus nos nosotros nosotras nuestro nuestra esto eso esta este ese esa ' +
			'ex alguien persona ' +
			'un una unos unas uno y e o u ni pero de del a al en con por para x sin sobre entre hasta ' +
			'que q k como cuando donde quien quienes cual cuales porque pq xq ' +
			'es son era eran fue ser soy estar estoy estas esta estan estaba ' +
			'he ha has han hay habia tengo tienes tiene tener hago haces hace hacer ' +
			'puedo puedes puede poder debo debe deberia quiero quieres quiere querer voy va ir ' +
			'muy mas ya tan tambien solo algo'
		).split(' '),
	),
};

const NO_STOP_WORDS: ReadonlySet<string> = new Set();

/** The stop words of a language, or none for a language without a list. */
export function stopWordsFor(lang: string): ReadonlySet<string> {
	return STOP_WORDS_BY_LANG[lang.toLowerCase().split('-')[0] ?? ''] ?? NO_STOP_WORDS;
}

/** A word with its accents dropped (NFD, no combining marks), as stop words are listed. */
function withoutAccents(word: string): string {
	return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * The words of a query that can decide a ranking, in the page's language (default English),
 * lowercased, apostrophes dropped, each once. Words keep their accents: Pagefind matches "perdón"
 * and "perdon" alike, and the landing highlight shows what the reader typed.
 */
export function meaningfulWords(query: string, lang = 'en'): string[] {
	const stop = stopWordsFor(lang);
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
 * `lang` picks the stop words (meaningfulWords).
 */
export function plannedSearches(query: string, together?: number, lang = 'en'): string[][] {
	const words = meaningfulWords(query, lang);
	if (words.length === 0) return query.trim() ? [[query.trim()]] : [];
	if (together === undefined || words.length === 1 || together >= FEW_RESULTS) return [words];
	return words.map((word) => [word]);
}
