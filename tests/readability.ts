/*
 * Reading level of the guide's own text, measured from its MDX sources: the prose a reader sees,
 * without markup, link targets, imports or code comments. The Flesch-Kincaid grade is
 * 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59.
 *
 * Syllables are counted by rule, not from a dictionary: vowel groups, less a silent final "e",
 * with the few English endings that break that rule. It is within a syllable on most words, and
 * over a page of prose the errors wash out; the unit tests pin it on known words.
 */
import { readFileSync } from 'node:fs';

/** Syllables in one English word, by rule; at least one for any word with a letter. */
export function syllables(word: string): number {
	let w = word
		.toLowerCase()
		.replace(/[’']/g, '')
		.replace(/[^a-z]/g, '');
	if (w === '') return 0;
	if (w.length <= 3) return 1;
	const le = /[^aeiouy]le$/.test(w);
	// A silent "e" before a suffix (lonely, forgiveness) and at the end (make), and the "e" of a
	// final "-es" or "-ed", unless the sound before needs it (places, wanted).
	w = w
		.replace(/([^aeiouy])e(ly|ness|ful|ment|less)$/, '$1$2')
		.replace(/([^aeiouy])ed$/, (end, before: string) => (/[td]/.test(before) ? end : before))
		.replace(/([^aeiouy])es$/, (end, before: string) => (/[szxcg]|[cs]h/.test(before) ? end : before))
		.replace(/([^aeiouy])e$/, '$1')
		.replace(/^y/, '');
	let count = w.match(/[aeiouy]{1,2}/g)?.length ?? 0;
	// Endings the vowel groups run together or miss: gentle, being, area.
	if (le) count += 1;
	if (/[^aeiouy][aeiou]ing$/.test(w)) count += 1;
	if (/[^ctsgl]ia/.test(w)) count += 1;
	return Math.max(1, count);
}

/** The visible prose of an MDX file: front-matter text and the body, one block a line. */
export function proseOf(mdx: string): string[] {
	const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(mdx);
	const front = match?.[1] ?? '';
	const body = match?.[2] ?? mdx;
	const fromFront = front
		.split('\n')
		.map((line) => /^\s*(?:-\s+)?(?:(title|summary|text|menuLabel):\s*)?(["']?)(.+)\2\s*$/.exec(line))
		.filter((m): m is RegExpExecArray => m !== null && (m[1] !== undefined || /^\s*-\s/.test(m.input)))
		.map((m) => m[3] ?? '')
		.filter((text) => /[a-z]/i.test(text) && !/^[a-z0-9-]+$/.test(text) && !/^\[.*\]$/.test(text));
	const blocks = body
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
		.replace(/^(?:import|export) .*$/gm, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.split(/\n\s*\n|\n(?=\s*(?:[-*]|\d+\.)\s)/)
		.map((block) =>
			block
				.replace(/^\s*(?:#+|[-*]\s+\[[ x]\]|[-*]|\d+\.)\s+/gm, '')
				.replace(/[*_`>]/g, '')
				.replace(/\s+/g, ' ')
				.trim(),
		)
		.filter((block) => /[a-z]/i.test(block));
	return [...fromFront, ...blocks];
}

/** Words, sentences and syllables of some blocks of prose; each block ends at least one sentence. */
export function counts(blocks: readonly string[]): { words: number; sentences: number; syllables: number } {
	let words = 0;
	let sentences = 0;
	let syl = 0;
	for (const block of blocks) {
		const parts = block.split(/[.!?]+(?=\s|["”’)]|$)|:\s/).filter((part) => /[a-z0-9]/i.test(part));
		sentences += Math.max(1, parts.length);
		for (const word of block.split(/[\s/—–]+/).filter((w) => /[a-z0-9]/i.test(w))) {
			words += 1;
			syl += /^\d/.test(word) ? 1 : syllables(word);
		}
	}
	return { words, sentences, syllables: syl };
}

/** The Flesch-Kincaid grade of some blocks of prose. */
export function fleschKincaid(blocks: readonly string[]): number {
	const { words, sentences, syllables: syl } = counts(blocks);
	if (words === 0) return 0;
	return 0.39 * (words / sentences) + 11.8 * (syl / words) - 15.59;
}

/** The grade of one MDX file. */
export function gradeOfFile(file: string): number {
	return fleschKincaid(proseOf(readFileSync(file, 'utf8')));
}
