import { describe, expect, test } from 'vitest';
import { countWords, readingMinutes } from '@/lib/reading-time';
import { format } from '@/lib/i18n';
import { stringsFor } from '@/model/strings';
import { headingsToToc } from '@/lib/toc';
import { effectiveTheme, loadTheme, parseTheme, saveTheme } from '@/lib/theme';

describe('reading time', () => {
	test.each([
		['plain words', 'one two three', 3],
		['markup is not words', '## Heading\n\n- **bold** item', 3],
		['link targets are not words', 'see [step one](/steps/1-apologize/) now', 4],
		['typographic apostrophes stay in one word', 'don’t rush', 2],
	])('%s', (_name, text, words) => {
		expect(countWords(text)).toBe(words);
	});

	test('rounds to whole minutes at 200 words a minute, at least one', () => {
		expect(readingMinutes('word '.repeat(10))).toBe(1);
		expect(readingMinutes('word '.repeat(500))).toBe(3);
		expect(readingMinutes('word '.repeat(300), 'word '.repeat(300))).toBe(3);
	});
});

describe('table of contents', () => {
	test('nests ### under the ## before it and drops deeper headings', () => {
		expect(
			headingsToToc([
				{ depth: 2, slug: 'a', text: 'A' },
				{ depth: 3, slug: 'a1', text: 'A1' },
				{ depth: 4, slug: 'deep', text: 'Deep' },
				{ depth: 2, slug: 'b', text: 'B' },
			]),
		).toEqual([
			{ id: 'a', text: 'A', children: [{ id: 'a1', text: 'A1' }] },
			{ id: 'b', text: 'B', children: [] },
		]);
	});
});

describe('theme', () => {
	test.each([
		['light', 'light'],
		['dark', 'dark'],
		['Dark', undefined],
		['{"theme":"dark"}', undefined],
		[null, undefined],
		[42, undefined],
	])('parses stored %j as %s', (stored, expected) => {
		expect(parseTheme(stored)).toBe(expected);
	});

	test('a stored choice beats the system preference', () => {
		expect(effectiveTheme('light', true)).toBe('light');
		expect(effectiveTheme(undefined, true)).toBe('dark');
		expect(effectiveTheme(undefined, false)).toBe('light');
	});

	test('storage that throws counts as no choice and refuses to save', () => {
		const broken = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
		};
		expect(loadTheme(() => broken)).toBeUndefined();
		expect(saveTheme('dark', () => broken)).toBe(false);
		expect(loadTheme(() => undefined)).toBeUndefined();
		expect(saveTheme('dark', () => undefined)).toBe(false);
		const blocked = () => {
			throw new Error('SecurityError: access to localStorage is denied');
		};
		expect(loadTheme(blocked), 'touching localStorage itself throws').toBeUndefined();
		expect(saveTheme('dark', blocked)).toBe(false);
	});

	test('a working storage keeps the choice', () => {
		const items = new Map<string, string>();
		const storage = {
			getItem: (k: string) => items.get(k) ?? null,
			setItem: (k: string, v: string) => void items.set(k, v),
		};
		expect(saveTheme('dark', () => storage)).toBe(true);
		expect(loadTheme(() => storage)).toBe('dark');
	});
});

describe('reading time in each language', () => {
	test.each([
		['en', '4 min read'],
		['es', '4 min de lectura'],
	])('%s: %s', (lang, text) => {
		expect(format(stringsFor(lang)['reading.minutes'], { n: 4 })).toBe(text);
	});
});
