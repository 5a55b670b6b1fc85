/*
 * Reading level of the Spanish text, the twin of tests/readability.ts: Flesch-Kincaid is fitted
 * to English words, so Spanish is measured with Fernández Huerta's adaptation of Flesch's
 * reading ease, 206.84 − 60 × (syllables / words) − 1.02 × (words / sentences), higher is easier
 * (https://legible.es/blog/lecturabilidad-fernandez-huerta/). On its scale 70–80 reads at about
 * a 6th grade, 60–70 at a 7th or 8th: the English rule (about 6, never above 8) becomes "60 or more".
 *
 * Spanish syllables follow rules closely enough to count without a dictionary: each vowel group
 * is one syllable, except that two strong vowels (a, e, o) split it (le-er, po-e-ta), as does an
 * accented í or ú (dí-a, ba-úl); the u of que, qui, gue, gui is silent; y is a vowel only where
 * no vowel follows it (muy, hoy, y).
 */
const STRONG = new Set([...'aeoáéóíú']);
const WEAK = new Set([...'iuü']);

/** Syllables in one Spanish word, by rule; at least one for any word with a letter. */
export function syllablesEs(word: string): number {
	const w = word
		.toLowerCase()
		.replace(/[^a-záéíóúüñ]/g, '')
		.replace(/([qg])u([eiéí])/g, '$1$2');
	if (w === '') return 0;
	let count = 0;
	let previous: 'strong' | 'weak' | 'consonant' = 'consonant';
	for (const [i, char] of [...w].entries()) {
		const kind = STRONG.has(char)
			? 'strong'
			: WEAK.has(char) || (char === 'y' && !/[aeiouáéíóú]/.test(w[i + 1] ?? ''))
				? 'weak'
				: 'consonant';
		// A vowel after a consonant starts a syllable; after a vowel, only two strong ones part.
		if (kind !== 'consonant' && (previous === 'consonant' || (kind === 'strong' && previous === 'strong'))) {
			count += 1;
		}
		previous = kind;
	}
	return Math.max(1, count);
}

/** Words, sentences and syllables of some blocks of Spanish prose; each block ends at least one sentence. */
export function countsEs(blocks: readonly string[]): { words: number; sentences: number; syllables: number } {
	let words = 0;
	let sentences = 0;
	let syl = 0;
	for (const block of blocks) {
		const parts = block.split(/[.!?…]+(?=\s|["”’»)]|$)|:\s/).filter((part) => /[\p{L}\p{N}]/u.test(part));
		sentences += Math.max(1, parts.length);
		for (const word of block.split(/[\s/—–]+/).filter((w) => /[\p{L}\p{N}]/u.test(w))) {
			words += 1;
			syl += /^\d/.test(word) ? 1 : syllablesEs(word);
		}
	}
	return { words, sentences, syllables: syl };
}

/** Fernández Huerta's reading ease of some blocks of Spanish prose: 60 or more is plain. */
export function fernandezHuerta(blocks: readonly string[]): number {
	const { words, sentences, syllables: syl } = countsEs(blocks);
	if (words === 0) return 100;
	return 206.84 - 60 * (syl / words) - 1.02 * (words / sentences);
}
