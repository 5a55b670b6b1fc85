/*
 * The page's language, for browser islands: they learn it from <html lang>, and each language's
 * edition keeps its own stored state. Build code shares DEFAULT_LANG from here too.
 *
 * Islands carry no text of their own: the server renders their page's text into their markup
 * (data-* attributes, from src/i18n/), and they fill its `{name}` placeholders with a plain
 * String.replace, since a shared helper would be a module, and a request, of its own.
 */

/** The language every other one is checked against, served at the root with no prefix. */
export const DEFAULT_LANG = 'en';

/** The language of a page, as its <html lang> says: a strings file's code ("en", "es"). */
export function pageLang(doc: Document = document): string {
	return doc.documentElement.lang.toLowerCase() || DEFAULT_LANG;
}

/**
 * Where a tool keeps its state in a language: English keeps the keys readers already have
 * (`mend:self-check`), so no stored answer is lost; another language puts its code after `mend:`
 * (`mend:es:self-check`), so each edition has its own answers and every key still starts with
 * `mend:`, which is what "Delete everything" deletes.
 */
export function keyFor(key: string, lang: string): string {
	return lang === DEFAULT_LANG ? key : key.replace(/^mend:/, `mend:${lang}:`);
}
