/*
 * The care rules that live in the guide's text, checked on its MDX sources: a reading level an
 * upset reader can follow on a phone, no sentence lifted from the source article, and links to
 * /when-to-stop/ that land on the section that fits. The rules the built pages carry (the support
 * line on every page, the self-check never saying "ready" after a stop answer) are checked in
 * tests/dist/care.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { counts, fleschKincaid, proseOf, syllables } from '../readability';

const root = new URL('../../', import.meta.url).pathname;
const sources = ['src/content/en/guide', 'src/content/en/pages'].flatMap((dir) =>
	readdirSync(join(root, dir))
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => `${dir}/${name}`),
);
const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** The highest Flesch-Kincaid grade any page may read at; the guide aims for about 6. */
const MAX_GRADE = 8;

/** The shortest run of the source's words that counts as copied. */
const COPIED_RUN = 12;

describe('syllable counter', () => {
	test.each([
		['the', 1],
		['make', 1],
		['asked', 1],
		['changed', 1],
		['tries', 1],
		['wanted', 2],
		['places', 2],
		['gentle', 2],
		['little', 2],
		['people', 2],
		['message', 2],
		['lonely', 2],
		['being', 2],
		['really', 2],
		['apology', 4],
		['forgiveness', 3],
		['beautiful', 4],
		['responsibility', 6],
		['don’t', 1],
	])('%s has %i', (word, expected) => {
		expect(syllables(word)).toBe(expected);
	});

	test('a word without letters has none', () => {
		expect(syllables('—')).toBe(0);
	});
});

describe('reading level', () => {
	test('counts words, sentences and syllables, one sentence at least per block', () => {
		expect(counts(['The cat sat. The dog ran.', 'A list item'])).toEqual({ words: 9, sentences: 3, syllables: 10 });
		// 0.39 × 6/2 + 11.8 × 6/6 − 15.59
		expect(fleschKincaid(['The cat sat. The dog ran.'])).toBeCloseTo(-2.62, 2);
	});

	test('long sentences of long words read at a high grade', () => {
		const dense =
			'Communicating effectively necessitates acknowledging responsibility, demonstrating consistency, and prioritizing the emotional vulnerability of the individual affected by your withdrawal.';
		expect(fleschKincaid([dense])).toBeGreaterThan(MAX_GRADE);
	});

	test('reads only what a reader sees: no front-matter keys, imports, comments, markup or link targets', () => {
		const mdx = [
			'---',
			'title: "A title"',
			'step: 3',
			'slug: time-and-space',
			'appearsIn: [header, footer]',
			'inShort:',
			'  - "One point."',
			'---',
			'',
			"import SupportLines from '@/components/SupportLines.astro';",
			'',
			'## A heading',
			'',
			'Some **bold** text with [a link](/steps/1-apologize/#what-a-real-apology-includes).',
			'{/* a note for editors */}',
			'',
			'- [ ] A task.',
			'- An item.',
			'',
			'<SupportLines first="abuse" />',
		].join('\n');
		expect(proseOf(mdx)).toEqual([
			'A title',
			'One point.',
			'A heading',
			'Some bold text with a link.',
			'A task.',
			'An item.',
		]);
	});

	test.each(sources)(`%s reads at grade ${MAX_GRADE} or below`, (file) => {
		const grade = fleschKincaid(proseOf(read(file)));
		expect(grade, `Flesch-Kincaid grade of ${file}`).toBeLessThanOrEqual(MAX_GRADE);
	});
});

describe('no run of the source article', () => {
	const words = (text: string) =>
		text
			.toLowerCase()
			.replace(/[’‘]/g, "'")
			.split(/[^a-z0-9']+/)
			.filter(Boolean);
	const runs = (list: readonly string[]) =>
		list.slice(0, Math.max(0, list.length - COPIED_RUN + 1)).map((_, i) => list.slice(i, i + COPIED_RUN).join(' '));
	const source = new Set(runs(words(readFileSync(join(root, 'tests/fixtures/source-article.txt'), 'utf8'))));

	test('the check finds a copied run', () => {
		const copied = [...source][5] ?? '';
		expect(runs(words(`Intro words. ${copied} and more.`)).some((run) => source.has(run))).toBe(true);
	});

	test.each(sources)(`%s shares no run of ${COPIED_RUN} words with the source`, (file) => {
		const copied = runs(words(proseOf(read(file)).join(' '))).filter((run) => source.has(run));
		expect(copied).toEqual([]);
	});
});

describe('links to /when-to-stop/', () => {
	test.each(sources)('%s names the section each one is for', (file) => {
		const bare = [...read(file).matchAll(/\]\((\/when-to-stop\/?)\)|href=["'](\/when-to-stop\/?)["']/g)].map(
			(m) => m[0],
		);
		expect(bare, 'link to the section that fits, like /when-to-stop/#if-they-asked-for-no-contact').toEqual([]);
	});
});
