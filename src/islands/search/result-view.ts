/*
 * What a result shows, made from the page's Pagefind record and the word positions the searches
 * matched. The site builds excerpts and section links itself, rather than taking Pagefind's,
 * because it merges several searches into one result and because the askedAs words indexed with
 * each section (asked-as.ts) must never show: an excerpt is always the guide's own sentence.
 */
import { ASKED_END, ASKED_START } from '@/lib/asked-as';
import { HIGHLIGHT_PARAM } from './triggers';

/** A page's record as Pagefind's result.data() returns it, as far as results need it. */
export interface PageData {
	url: string;
	content: string;
	meta: Record<string, string | undefined>;
	filters?: Record<string, readonly string[] | undefined>;
	anchors: readonly { element: string; id: string; text: string; location: number }[];
}

/** A matched word: its position in the content's words, and how much Pagefind weighed it. */
export interface WordHit {
	location: number;
	weight: number;
}

export interface SectionView {
	title: string;
	url: string;
	/** HTML: words of the guide, the matched ones in <mark>. */
	excerpt: string;
}

export interface ResultView {
	/** "Step 3" on steps, "Tool" on tools, nothing on other pages. */
	label: string | undefined;
	title: string;
	url: string;
	excerpt: string;
	sections: SectionView[];
}

/** Words an excerpt shows. */
export const EXCERPT_WORDS = 24;
/** How many sections a result lists at most: enough to choose from, few enough to scan on a phone. */
export const MAX_SECTIONS = 3;

const WORD_SEPARATORS = /[^\S\uFEFF]+/;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Positions of the askedAs words (markers included): never shown. */
function askedPositions(words: readonly string[]): Set<number> {
	const hidden = new Set<number>();
	let inside = false;
	words.forEach((word, i) => {
		if (word === ASKED_START) inside = true;
		if (inside) hidden.add(i);
		if (word === ASKED_END) inside = false;
	});
	return hidden;
}

/**
 * An excerpt of the words from `from` to `to`: the window of EXCERPT_WORDS prose words holding
 * the most weight of hits, or the first words when no prose word matched.
 */
function excerptOf(
	words: readonly string[],
	hidden: ReadonlySet<number>,
	hits: ReadonlyMap<number, number>,
	from: number,
	to: number,
): string {
	const prose: number[] = [];
	for (let i = from; i < to; i++) if (!hidden.has(i)) prose.push(i);
	if (prose.length === 0) return '';
	const weightAt = (k: number) => hits.get(prose[k] ?? -1) ?? 0;
	// A sliding window over the prose: the first start with the most weight inside it wins.
	let sum = 0;
	for (let k = 0; k < Math.min(EXCERPT_WORDS, prose.length); k++) sum += weightAt(k);
	let best = sum;
	let bestStart = 0;
	for (let start = 1; start + EXCERPT_WORDS <= prose.length; start++) {
		sum += weightAt(start + EXCERPT_WORDS - 1) - weightAt(start - 1);
		if (sum > best) {
			best = sum;
			bestStart = start;
		}
	}
	const window = prose.slice(bestStart, bestStart + EXCERPT_WORDS);
	const text = window
		.map((i) => {
			const word = escapeHtml(words[i] ?? '');
			return hits.has(i) ? `<mark>${word}</mark>` : word;
		})
		.join(' ');
	const before = bestStart > 0 ? '… ' : '';
	const after = bestStart + EXCERPT_WORDS < prose.length ? ' …' : '';
	return before + text + after;
}

/** The URL of a page or section with the searched words for the landing page to highlight. */
export function highlightUrl(url: string, terms: readonly string[], id?: string): string {
	const [path = url] = url.split(/[?#]/);
	const params = new URLSearchParams(terms.map((term) => [HIGHLIGHT_PARAM, term]));
	const query = params.size > 0 ? `?${params.toString()}` : '';
	return `${path}${query}${id ? `#${id}` : ''}`;
}

/** What a result row shows for one page, its hits and the words to highlight where it leads. */
export function resultView(
	data: PageData,
	hitList: readonly WordHit[],
	terms: readonly string[],
	/** A tool's label above its title ("Tool"), in the page's language; steps carry theirs in the index. */
	toolLabel = '',
): ResultView {
	const words = data.content.split(WORD_SEPARATORS);
	const hidden = askedPositions(words);
	const hits = new Map<number, number>();
	for (const hit of hitList) hits.set(hit.location, (hits.get(hit.location) ?? 0) + hit.weight);

	const anchors = data.anchors
		.filter((anchor) => /^h[2-6]$/i.test(anchor.element) && anchor.id)
		.sort((a, b) => a.location - b.location);
	const scored = anchors.map((anchor, i) => {
		const end = anchors[i + 1]?.location ?? words.length;
		let score = 0;
		for (const [location, weight] of hits) if (location >= anchor.location && location < end) score += weight;
		return { anchor, end, score };
	});
	const best = new Set(
		scored
			.filter((s) => s.score > 0)
			.sort((a, b) => b.score - a.score)
			.slice(0, MAX_SECTIONS),
	);
	const kind = data.filters?.['kind']?.[0];
	const label = kind === 'step' ? data.meta['step'] : kind === 'tool' ? toolLabel : undefined;
	const headingWords = (text: string) => text.split(WORD_SEPARATORS).filter(Boolean).length;
	return {
		label: label?.trim() || undefined,
		title: data.meta['title']?.trim() || data.url,
		url: highlightUrl(data.url, terms),
		excerpt: excerptOf(words, hidden, hits, 0, words.length),
		sections: scored
			.filter((s) => best.has(s))
			.map(({ anchor, end }) => ({
				title: anchor.text.trim(),
				url: highlightUrl(data.url, terms, anchor.id),
				excerpt: excerptOf(words, hidden, hits, anchor.location + headingWords(anchor.text), end),
			})),
	};
}
