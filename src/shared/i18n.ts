/*
 * What build code and browser islands share about languages. The islands get their page's text
 * from their element's markup (data-* attributes the server rendered from src/i18n/) and fill its
 * `{name}` placeholders here, so no table of text ships in a script; they learn the page's
 * language from <html lang>.
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

/**
 * Fills a string's `{name}` placeholders: format('Step {n} of {of}', { n: 3, of: 6 }).
 * A placeholder with no value is left as written, so a missing one shows in review, not as "undefined".
 */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		Object.hasOwn(values, name) ? String(values[name]) : whole,
	);
}

/**
 * Splits a string at its placeholders, for text with markup inside: the even items are text, the
 * odd ones placeholder names. split('{link}, you are not alone') is ['', 'link', ', you are not alone'].
 */
export function splitPlaceholders(template: string): string[] {
	return template.split(/\{(\w+)\}/);
}
