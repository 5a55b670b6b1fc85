/*
 * What the Spanish care checks read from the MDX sources (tests/unit/care-es-guide.test.ts): the
 * ids Spanish headings get, the site links a file makes, runs of words to find English left
 * untranslated, and the phrasings that would promise an outcome or push a reader toward someone.
 */
import { headingIds } from '@/lib/headings';

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
