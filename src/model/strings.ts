/*
 * Every language's interface text, read from src/i18n/*.ts and checked key for key once per build
 * (src/lib/i18n.ts). A language is one strings file here and one content folder, src/content/CODE/.
 */
import { checkStrings, DEFAULT_LANG, type Lang, type Strings } from '@/lib/i18n';

const files = import.meta.glob<{ default: Strings }>('../i18n/*.ts', { eager: true });

/** Each language's table, by code; the default language first. */
export const STRINGS: Readonly<Record<Lang, Strings>> = Object.fromEntries(
	Object.entries(files)
		.map(([path, module]) => [path.replace(/^.*\/|\.ts$/g, ''), module.default] as const)
		.sort(([a], [b]) => (a === DEFAULT_LANG ? -1 : b === DEFAULT_LANG ? 1 : a.localeCompare(b))),
);
checkStrings(STRINGS);

/** Every language the site is published in, the default first. */
export const LANGS: readonly Lang[] = Object.keys(STRINGS);

/** One language's text; throws naming the code when there is no such strings file. */
export function stringsFor(lang: Lang): Strings {
	const table = STRINGS[lang];
	if (table === undefined) throw new Error(`There is no src/i18n/${lang}.ts for the language "${lang}".`);
	return table;
}

/** The text of the page being rendered: its language comes from its URL (Astro's i18n routing). */
export function pageStrings(astro: { readonly currentLocale?: string | undefined }): Strings {
	return stringsFor(astro.currentLocale ?? DEFAULT_LANG);
}
