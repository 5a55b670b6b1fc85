/*
 * Every page knows its twins, on the built files: its <html lang>, hreflang links to the same page
 * in every language and back with x-default, og:locale, the language link a reader follows, and
 * the sitemap's alternates. A language added later (one strings file, one content folder) is
 * covered with no edit here: the languages are read from src/i18n/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { distDir, LANGUAGES, languageOf, readingPages, SERVED_ANYWHERE, sitemapPaths } from '../../support/site';

const pages = new Map(readingPages().map((page) => [page.path, parse(readFileSync(page.file, 'utf8'))]));
const DEFAULT = LANGUAGES[0];

/** A page's hreflang links: language tag to URL path. */
function alternates(root: HTMLElement): Record<string, string> {
	return Object.fromEntries(
		root
			.querySelectorAll('head link[rel="alternate"][hreflang]')
			.map((link) => [link.getAttribute('hreflang') ?? '', new URL(link.getAttribute('href') ?? '').pathname]),
	);
}

test('the site is built in every language of src/i18n/, and English is the default', () => {
	expect(DEFAULT?.lang).toBe('en');
	expect(LANGUAGES.map((language) => language.lang)).toContain('es');
	for (const language of LANGUAGES) expect(pages.has(language.home), `${language.home} is built`).toBe(true);
});

describe('<html lang> is the language of the page', () => {
	test.each([...pages.keys()])('%s', (path) => {
		const html = pages.get(path)?.querySelector('html');
		const { strings } = languageOf(path);
		expect(html?.getAttribute('lang')).toBe(strings['language.tag']);
		expect(html?.getAttribute('dir')).toBe(strings['language.dir']);
	});
});

describe('every canonical page links its twin in every language, and the twin links back', () => {
	test.each(sitemapPaths())('%s', (path) => {
		const root = pages.get(path);
		if (!root) throw new Error(`${path} is not built`);
		const links = alternates(root);
		const own = languageOf(path);
		expect(links[own.strings['language.tag'] ?? ''], 'an hreflang link to itself').toBe(path);
		for (const language of LANGUAGES) {
			const twin = links[language.strings['language.tag'] ?? ''];
			expect(twin, `${path} names its ${language.lang} twin`).toBeDefined();
			expect(languageOf(twin ?? '').lang, `its ${language.lang} twin is under ${language.home}`).toBe(language.lang);
			const back = pages.get(twin ?? '');
			expect(back, `${twin} is built`).toBeDefined();
			if (back) expect(alternates(back), `${twin} links back with the same set`).toEqual(links);
		}
		expect(links['x-default'], 'x-default is the English page').toBe(links[DEFAULT?.strings['language.tag'] ?? '']);

		const meta = (property: string) =>
			root.querySelectorAll(`meta[property="${property}"]`).map((tag) => tag.getAttribute('content'));
		expect(meta('og:locale')).toEqual([own.strings['language.ogLocale']]);
		expect(meta('og:locale:alternate').sort()).toEqual(
			LANGUAGES.filter((language) => language !== own)
				.map((language) => language.strings['language.ogLocale'])
				.sort(),
		);
	});
});

describe('the language link goes to the same page in the other language, named in that language', () => {
	test.each([...pages.keys()])('%s', (path) => {
		const root = pages.get(path);
		if (!root) throw new Error(`${path} is not built`);
		const links = root.querySelectorAll('a[data-language-link]');
		const own = languageOf(path);
		const others = LANGUAGES.filter((language) => language !== own);
		expect(links.map((link) => link.getAttribute('lang'))).toEqual(
			others.map((language) => language.strings['language.tag']),
		);
		const twins = alternates(root);
		for (const [index, link] of links.entries()) {
			const language = others[index];
			if (!language) continue;
			expect(link.text.trim()).toBe(language.strings['language.name']);
			expect(link.getAttribute('hreflang')).toBe(language.strings['language.tag']);
			const href = link.getAttribute('href') ?? '';
			// The 404 and offline pages have no twin worth going to: they link the other language's home.
			const expected = SERVED_ANYWHERE.has(path)
				? language.home
				: (twins[language.strings['language.tag'] ?? ''] ?? language.search);
			expect(href).toBe(expected);
			expect(languageOf(href).lang).toBe(language.lang);
		}
	});
});

test('the sitemap lists each page with its twins and x-default as alternates', () => {
	const xml = readdirSync(distDir)
		.filter((name) => /^sitemap-\d+\.xml$/.test(name))
		.map((name) => readFileSync(join(distDir, name), 'utf8'))
		.join('');
	const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)];
	expect(entries.length).toBe(sitemapPaths().length);
	for (const [, loc = '', rest = ''] of entries) {
		const path = new URL(loc).pathname;
		const listed = Object.fromEntries(
			[...rest.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(([, lang, href]) => [
				lang,
				new URL(href ?? '').pathname,
			]),
		);
		const root = pages.get(path);
		expect(root, `${path} is built`).toBeDefined();
		if (root) expect(listed, `${path}'s sitemap alternates are its hreflang links`).toEqual(alternates(root));
	}
});

test('search has one Pagefind index per language, each searched by its own language’s pages', () => {
	const entry = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	for (const language of LANGUAGES) {
		const tag = language.strings['language.tag'] ?? '';
		expect(entry.languages[tag]?.page_count, `an index for ${tag}`).toBeGreaterThan(6);
	}
	expect(Object.keys(entry.languages).sort()).toEqual(LANGUAGES.map((language) => language.strings['language.tag']).sort());
});

describe('each language has its own web app manifest, which its pages link', () => {
	test.each(LANGUAGES.map((language) => [language.lang, language] as const))('%s', (_lang, language) => {
		const manifest = JSON.parse(readFileSync(join(distDir, `.${language.home}manifest.webmanifest`), 'utf8')) as {
			name: string;
			lang: string;
			dir: string;
			start_url: string;
		};
		const home = pages.get(language.home);
		expect(manifest.lang).toBe(language.strings['language.tag']);
		expect(manifest.dir).toBe(language.strings['language.dir']);
		// Added to a home screen from a Spanish page, the guide opens on the Spanish intro, named in Spanish.
		expect(manifest.start_url).toBe(language.home);
		expect(manifest.name).toContain(home?.querySelector('h1')?.textContent.trim());
		for (const [path, root] of pages) {
			if (languageOf(path) !== language) continue;
			// Named in the HTML, linked by the page's script once the text is on screen: src/lib/head.ts, `late`.
			expect(root.querySelector('head meta[name="late-link"][data-rel="manifest"]')?.getAttribute('content'), path).toBe(
				`${language.home}manifest.webmanifest`,
			);
		}
	});
});
