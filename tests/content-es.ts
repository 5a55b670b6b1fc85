/*
 * What the Spanish care checks read from the MDX sources (tests/unit/care-es-guide.test.ts and
 * care-es-pages.test.ts): the ids Spanish headings get, the site links a file makes, runs of words
 * to find English left untranslated, and the phrasings that would promise an outcome or push a
 * reader toward someone; and the checks both folders get, file by file (spanishFileChecks).
 */
import { describe, expect, test } from 'vitest';
import { headingIds } from '@/lib/headings';
import { proseOf } from './readability';

/** Text without accents, so "volverá" and a hurried "volvera" read the same. */
export const withoutAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

/** A Spanish file's `##` and `###` ids, made the site's way: accents and ¿ ¡ dropped, then slugged as English ids are. */
export const headingIdsEs = (mdx: string) => headingIds(withoutAccents(mdx).replace(/[¿¡]/g, ''));

/** The site paths an MDX file links to, in Markdown links and `href` attributes. */
export const linksOf = (mdx: string) =>
	[...mdx.matchAll(/\]\((\/[^)\s]*)\)|href=["'](\/[^"']*)["']/g)].map((m) => m[1] ?? m[2] ?? '');

/** Every run of `length` consecutive words of a text, lowercased. */
export function wordRuns(text: string, length: number): string[] {
	const words = text
		.toLowerCase()
		.replace(/[’‘]/g, "'")
		.split(/[^\p{L}\p{N}']+/u)
		.filter(Boolean);
	return words.slice(0, Math.max(0, words.length - length + 1)).map((_, i) => words.slice(i, i + length).join(' '));
}

/**
 * Phrasings that promise the reader an outcome ("te perdonará") or push them to try again
 * ("insiste", "escríbele otra vez"), matched without accents. Spanish marks a "don't" with its own
 * verb form ("no insistas", "no le escribas"), so the guide's warnings never match these.
 */
export const PROMISES_AND_PUSHES = new RegExp(
	`(?<!\\p{L})(?:${[
		'va a funcionar',
		'funcionara',
		'te perdonara',
		'te va a perdonar',
		'(?:volvera|va a volver) (?:contigo|a ti)',
		'seguro que (?:vuelve|volvera|te perdona)',
		'(?:la|lo) recuperaras',
		'vas a recuperarl[ao]',
		'te (?:lo )?garantizo',
		'no te rindas',
		'insiste',
		'insistir hasta',
		'sigue intentandolo',
		'(?:escribele|llamale|buscal[ae]) (?:otra vez|de nuevo)',
		'vuelve a (?:escribirle|llamarl[ae]|buscarl[ae])',
		'convencel[ae]',
		'no aceptes un no',
	].join('|')})(?!\\p{L})`,
	'iu',
);

/** The shortest run of the English twin's words that counts as left untranslated. */
export const ENGLISH_RUN = 6;

/** One folder of Spanish MDX files and what the checks need to know of it. */
export interface SpanishFiles {
	/** The file names, the same in both folders. */
	names: string[];
	esDir: string;
	/** The English twins' folder. */
	enDir: string;
	read: (file: string) => string;
	/** The section ids of every Spanish page the files may link to, by URL path. */
	pageIds: ReadonlyMap<string, readonly string[]>;
	/** A Spanish link to show in the message when a file links to an English page. */
	exampleLink: string;
}

/**
 * The care checks every Spanish file gets, as tests in the current `describe`: no sentence of its
 * English twin left untranslated, links that stay in Spanish and land on a section that exists,
 * and no promise of an outcome or push toward someone. That the checks themselves find what they
 * look for is tested once, in care-es-guide.test.ts.
 */
export function spanishFileChecks({ names, esDir, enDir, read, pageIds, exampleLink }: SpanishFiles): void {
	describe('translated throughout', () => {
		test.each(names)(`%s shares no run of ${ENGLISH_RUN} words with its English twin`, (name) => {
			const english = new Set(wordRuns(proseOf(read(`${enDir}/${name}`)).join(' '), ENGLISH_RUN));
			const left = wordRuns(proseOf(read(`${esDir}/${name}`)).join(' '), ENGLISH_RUN).filter((run) => english.has(run));
			expect(left, 'a sentence of the English twin, left untranslated').toEqual([]);
		});
	});

	describe('links', () => {
		test.each(names)('%s links only to Spanish pages', (name) => {
			const english = linksOf(read(`${esDir}/${name}`)).filter((href) => !href.startsWith('/es/'));
			expect(english, `link to the Spanish twin, like ${exampleLink}`).toEqual([]);
		});

		test.each(names)('%s names the section of /es/cuando-parar/ each link is for', (name) => {
			const bare = linksOf(read(`${esDir}/${name}`)).filter((href) => /^\/es\/cuando-parar\/?$/.test(href));
			expect(bare, 'link to the section that fits, like /es/cuando-parar/#si-te-pidio-que-no-le-escribas').toEqual([]);
		});

		test.each(names)('%s links to sections of the Spanish pages that exist', (name) => {
			const missing = linksOf(read(`${esDir}/${name}`)).filter((href) => {
				const [path = '', id] = href.split('#');
				const ids = pageIds.get(path);
				return ids !== undefined && id !== undefined && !ids.includes(id);
			});
			expect(missing, `sections on the Spanish pages: ${JSON.stringify(Object.fromEntries(pageIds))}`).toEqual([]);
		});
	});

	describe('no promise, no push', () => {
		test.each(names)('%s promises no outcome and urges no second try', (name) => {
			const found = proseOf(read(`${esDir}/${name}`)).filter((block) =>
				PROMISES_AND_PUSHES.test(withoutAccents(block)),
			);
			expect(found).toEqual([]);
		});
	});
}
