/*
 * The links the share controls build, as functions of plain text so they can be tested without a
 * page. A section link is the page URL with the heading's id. A passage link is a text fragment
 * (https://wicg.github.io/scroll-to-text-fragment/): `#:~:text=[prefix-,]start[,end][,-suffix]`.
 *
 * Browsers match a text fragment only on whole words, only within one block (a paragraph, a list
 * item) for each of its terms, and pick the first match on the page. So the selection is widened
 * to whole words; a short passage is quoted in full and a long one by its first and last words;
 * and when the words also appear elsewhere on the page (a heading repeated in the table of
 * contents, a phrase used twice), the words just before and after it in its block pin it down.
 */

/** A passage longer than this is linked by its first and last words rather than quoted whole. */
export const EXACT_MAX_CHARS = 100;
/** How many words open and close a long passage's link (textStart and textEnd). */
export const EDGE_WORDS = 4;
/** How many words of context go before and after an ambiguous passage (prefix and suffix). */
export const CONTEXT_WORDS = 3;

/** A selection as the page measures it: the selected text of each block it touches, in order. */
export interface Selected {
	/** One string per block: the first cut from where the selection starts, the last to where it ends. */
	blocks: readonly string[];
	/** The text of the first block before the selection. */
	before: string;
	/** The text of the last block after the selection. */
	after: string;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}'’_]/u;
const LEADING_WORD_PART = /^[\p{L}\p{N}\p{M}'’_]+/u;
const TRAILING_WORD_PART = /[\p{L}\p{N}\p{M}'’_]+$/u;

/** Collapses runs of whitespace to one space and trims, as a browser renders text. */
export function normalizeSpace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Percent-encodes one term of a text directive: `-`, `,` and `&` are syntax there, so they are encoded too. */
export function encodeTextTerm(text: string): string {
	return encodeURIComponent(text).replace(/[-,&]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Widens a selection that starts or ends inside a word to the whole word, which is all a text fragment can match. */
export function snapToWords(selected: Selected): Selected {
	const blocks = [...selected.blocks];
	let { before, after } = selected;
	const first = blocks[0];
	const last = blocks.at(-1);
	if (first === undefined || last === undefined) return { blocks, before, after };

	const head = before.match(TRAILING_WORD_PART)?.[0];
	if (head && WORD_CHAR.test(first.charAt(0))) {
		blocks[0] = head + first;
		before = before.slice(0, -head.length);
	}
	const tail = after.match(LEADING_WORD_PART)?.[0];
	const lastBlock = blocks.at(-1) ?? last;
	if (tail && WORD_CHAR.test(lastBlock.charAt(lastBlock.length - 1))) {
		blocks[blocks.length - 1] = lastBlock + tail;
		after = after.slice(tail.length);
	}
	return { blocks, before, after };
}

/** How many times `needle` occurs in `haystack`, ignoring case (text fragments match case-insensitively). */
export function countOccurrences(haystack: string, needle: string): number {
	const text = normalizeSpace(haystack).toLowerCase();
	const term = normalizeSpace(needle).toLowerCase();
	if (term === '') return 0;
	let count = 0;
	for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) count++;
	return count;
}

const words = (text: string) => normalizeSpace(text).split(' ').filter(Boolean);

/**
 * The text directive (what follows `#:~:text=`) for a selection, or undefined when nothing but
 * whitespace is selected. `pageText` is all the text on the page, to tell whether the passage's
 * words are unique there.
 */
export function textDirective(selection: Selected, pageText: string): string | undefined {
	const { blocks: raw, before, after } = snapToWords(selection);
	const blocks = raw.map(normalizeSpace);
	const firstIndex = blocks.findIndex((block) => block !== '');
	const lastIndex = blocks.findLastIndex((block) => block !== '');
	if (firstIndex === -1) return undefined;

	const first = blocks[firstIndex] ?? '';
	const last = blocks[lastIndex] ?? '';
	const firstWords = words(first);
	const lastWords = words(last);
	const oneBlock = firstIndex === lastIndex;
	const short = oneBlock && (first.length <= EXACT_MAX_CHARS || firstWords.length <= EDGE_WORDS * 2);

	const start = short ? first : firstWords.slice(0, EDGE_WORDS).join(' ');
	const end = short ? undefined : lastWords.slice(-EDGE_WORDS).join(' ');

	// Context words must come from the same block as the term they sit next to; when the passage
	// starts (or ends) its block, the text outside the selection belongs to another block.
	const ambiguous = countOccurrences(pageText, start) > 1 || (end !== undefined && countOccurrences(pageText, end) > 1);
	const prefix = ambiguous && firstIndex === 0 ? words(before).slice(-CONTEXT_WORDS).join(' ') : '';
	const suffix = ambiguous && lastIndex === blocks.length - 1 ? words(after).slice(0, CONTEXT_WORDS).join(' ') : '';

	return [
		prefix && `${encodeTextTerm(prefix)}-`,
		encodeTextTerm(start),
		end !== undefined && encodeTextTerm(end),
		suffix && `-${encodeTextTerm(suffix)}`,
	]
		.filter((term): term is string => typeof term === 'string' && term !== '')
		.join(',');
}

/** The page URL without its fragment (and without any query, which is never part of a page's identity here). */
export function pageUrlOf(url: string): string {
	const page = new URL(url);
	page.hash = '';
	page.search = '';
	return page.href;
}

/** The link to one section of a page: `https://site/steps/5-work-on-yourself/#own-your-flaws`. */
export function sectionUrl(pageUrl: string, id: string): string {
	return `${pageUrlOf(pageUrl)}#${encodeURIComponent(id)}`;
}

/** The link to a passage of a page, from a directive made by textDirective(). */
export function passageUrl(pageUrl: string, directive: string): string {
	return `${pageUrlOf(pageUrl)}#:~:text=${directive}`;
}
