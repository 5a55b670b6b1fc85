/*
 * "askedAs": the ways readers ask for a section, in their words rather than the guide's. A page's
 * front matter maps section ids to phrasings:
 *
 *   askedAs:
 *     fair-is-fair: ['how long should I wait', 'left on read']
 *     page: ['quiz'] # the page as a whole
 *
 * The schema (src/schemas/asked-as.ts) checks its shape. At build time (src/integrations/pagefind.ts)
 * each list is added to the copy of the page Pagefind
 * reads, right after that section's heading, with a weight of its own, so a search in those words
 * finds the section. The published page is unchanged. Pagefind cannot tell these words from the
 * page's prose, so they sit between two marker words, and the site's results (src/islands/search/result-view.ts)
 * leave that span out of every excerpt: readers see the guide's sentences, never the list.
 */

/** Marks the start and end of the askedAs words in what Pagefind indexes. */
export const ASKED_START = 'mendqa';
export const ASKED_END = 'mendqz';
/** How much a match in askedAs counts against one in prose (1); headings weigh 5 to 7. */
export const ASKED_WEIGHT = 3;

/**
 * The same, per page language where it differs. Spanish says each idea in more words, and its
 * stemmer folds more words into one ("dijo" and "dijiste", "listo" and "lista"), so prose and
 * headings match a reader's words more often than in English: Spanish askedAs weighs more.
 */
const ASKED_WEIGHT_BY_LANG: Readonly<Record<string, number>> = { es: 6 };

/** The askedAs weight for a page in this language. */
export function askedWeight(lang: string): number {
	return ASKED_WEIGHT_BY_LANG[lang] ?? ASKED_WEIGHT;
}

export type AskedAs = Record<string, string[]>;

/** The key for words that ask for the page as a whole (a tool without sections): added after its h1. */
export const WHOLE_PAGE = 'page';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The page's HTML with each section's phrasings after its heading. Returns the ids it could not
 * find as headings, so the build can name them.
 */
export function injectAskedAs(
	html: string,
	asked: AskedAs,
	weight = ASKED_WEIGHT,
): { html: string; missing: string[] } {
	const missing: string[] = [];
	let out = html;
	for (const [id, phrasings] of Object.entries(asked)) {
		const heading =
			id === WHOLE_PAGE
				? /(<h(1)\b[^>]*>[\s\S]*?<\/h1>)/
				: new RegExp(`(<h([2-6])\\b[^>]*\\bid="${escapeRegExp(id)}"[^>]*>[\\s\\S]*?</h\\2>)`);
		if (!heading.test(out)) {
			missing.push(id);
			continue;
		}
		const words = ` ${ASKED_START} ${phrasings.join(' . ')} ${ASKED_END} `;
		out = out.replace(heading, `$1<span data-pagefind-weight="${weight}">${words}</span>`);
	}
	return { html: out, missing };
}

/** The ids of the headings inside a page's indexed part, for naming the ones askedAs may use. */
export function headingIds(html: string): string[] {
	return [...html.matchAll(/<h[2-6]\b[^>]*\bid="([^"]+)"/g)].map((match) => match[1] ?? '');
}
