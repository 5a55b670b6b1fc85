/** Words a minute for unhurried reading on a phone; a common estimate for reading prose. */
const WORDS_PER_MINUTE = 200;

/** Counts the words of Markdown text, ignoring link targets, markup and HTML tags. */
export function countWords(markdown: string): number {
	const text = markdown
		.replace(/<[^>]+>/g, ' ')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/[#*_>`~[\]|-]/g, ' ');
	return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes to read the given texts, never less than one. */
export function readingMinutes(...texts: readonly string[]): number {
	const words = texts.reduce((sum, text) => sum + countWords(text), 0);
	return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
