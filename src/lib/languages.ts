/*
 * How the languages fit together. A language is one strings file, src/i18n/CODE.ts, and one
 * content folder, src/content/CODE/, holding a file for every file of English's folder: a page's
 * twins (the same page in the other languages) are the files of the same name. The default
 * language is served at the root; every other one under /CODE/.
 *
 * This file is pure, so the rules are unit-tested with plain data.
 */
import { AstroError } from 'astro/errors';
import { DEFAULT_LANG, type Lang } from './i18n';

/** The folder of one language's content. */
export const contentFolder = (lang: Lang) => `src/content/${lang}`;

/** The start of every URL path of a language: '' for the default language, `/es` for Spanish. */
export const langPrefix = (lang: Lang) => (lang === DEFAULT_LANG ? '' : `/${lang}`);

/** A URL path in a language: localePath('es', '/pasos/') is `/es/pasos/`. */
export const localePath = (lang: Lang, path: string) => `${langPrefix(lang)}${path}`;

/**
 * A content entry's language and file name, from its id: the collections load
 * src/content/*\/guide/*.mdx with ids like `es/guide/1-apologize`.
 */
export function entryLang(id: string): { lang: Lang; name: string } {
	const [lang = DEFAULT_LANG, ...rest] = id.split('/');
	return { lang, name: rest.at(-1) ?? lang };
}

/** The language of a URL path: `/es/pasos/` is Spanish, anything without a known prefix the default. */
export function langOfPath(path: string, langs: readonly Lang[]): Lang {
	const first = path.split('/')[1] ?? '';
	return first !== DEFAULT_LANG && langs.includes(first) ? first : DEFAULT_LANG;
}

/**
 * Checks that every language has exactly the files of the default language: `files` holds each
 * language's files relative to its folder (`guide/1-apologize.mdx`). Throws one error naming
 * every missing and extra file.
 */
export function checkTwinFiles(files: Readonly<Record<Lang, readonly string[]>>): void {
	const standard = new Set(files[DEFAULT_LANG] ?? []);
	const problems: string[] = [];
	for (const [lang, list] of Object.entries(files)) {
		if (lang === DEFAULT_LANG) continue;
		const own = new Set(list);
		for (const name of standard) {
			if (!own.has(name)) {
				problems.push(
					`${contentFolder(lang)}/${name} is missing: it is the twin of ${contentFolder(DEFAULT_LANG)}/${name}.`,
				);
			}
		}
		for (const name of own) {
			if (!standard.has(name)) {
				problems.push(
					`${contentFolder(lang)}/${name} has no twin: there is no ${contentFolder(DEFAULT_LANG)}/${name}.`,
				);
			}
		}
	}
	if (problems.length > 0) {
		throw new AstroError(
			`The languages' content folders do not pair up.\n${problems.map((p) => `- ${p}`).join('\n')}`,
			`Every language has a file of the same name for each file in ${contentFolder(DEFAULT_LANG)}/ (README "Languages"): add the missing translation, or rename or remove the extra file.`,
		);
	}
}

/** The `[...lang]` route parameter of a language: none for the default language, served at the root. */
export const langParam = (lang: Lang) => (lang === DEFAULT_LANG ? undefined : lang);
