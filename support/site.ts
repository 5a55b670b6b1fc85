/*
 * The pages of the built site, read from dist/ so that every gate covers every page, including
 * pages added later, without a hand-kept list.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const distDir = new URL('../dist/', import.meta.url).pathname;

/** A built HTML file and the URL path it is served at. */
export interface BuiltPage {
	file: string;
	path: string;
}

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		return entry.isDirectory() ? walk(full) : [full];
	});
}

/** Is this built file a redirect page (a meta refresh and nothing to read)? */
export function isRedirect(html: string): boolean {
	return /<meta http-equiv="refresh"/i.test(html);
}

/** Every built HTML page, redirects and the 404 included, sorted by path. */
export function builtHtml(): BuiltPage[] {
	if (!existsSync(distDir)) throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
	return walk(distDir)
		.filter((file) => file.endsWith('.html'))
		.map((file) => {
			const rel = relative(distDir, file).split(sep).join('/');
			const path = '/' + rel.replace(/(^|\/)index\.html$/, '$1');
			return { file, path };
		})
		.sort((a, b) => a.path.localeCompare(b.path));
}

/** The pages a reader reads: every built page but redirects and the search page's shell. */
export function readingPages(): BuiltPage[] {
	return builtHtml().filter((page) => !isRedirect(readFileSync(page.file, 'utf8')));
}

/** The URL paths listed in the built sitemap. */
export function sitemapPaths(): string[] {
	const files = readdirSync(distDir).filter((name) => /^sitemap-\d+\.xml$/.test(name));
	return files
		.flatMap((name) => [...readFileSync(join(distDir, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)])
		.map((match) => new URL(match[1] ?? '').pathname)
		.sort();
}

/** One language of the site, as its strings file names its URLs (src/i18n/CODE.ts). */
export interface SiteLanguage {
	lang: string;
	/** `/` for the default language, `/es/` for Spanish. */
	home: string;
	/** Where its steps are published: `/steps/`, `/es/pasos/`. */
	steps: string;
	guide: string;
	search: string;
	offline: string;
	notFound: string;
	strings: Readonly<Record<string, string>>;
}

const i18nDir = new URL('../src/i18n/', import.meta.url);

/** Every language of the site, the default (English) first. */
export const LANGUAGES: readonly SiteLanguage[] = await Promise.all(
	readdirSync(i18nDir)
		.filter((name) => name.endsWith('.ts'))
		.map((name) => name.replace(/\.ts$/, ''))
		.sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)))
		.map(async (lang) => {
			const strings = ((await import(new URL(`${lang}.ts`, i18nDir).href)) as { default: Record<string, string> })
				.default;
			const home = lang === 'en' ? '/' : `/${lang}/`;
			const at = (key: string) => `${home}${strings[key]}/`;
			return {
				lang,
				home,
				steps: at('path.steps'),
				guide: at('path.guide'),
				search: at('path.search'),
				offline: at('path.offline'),
				notFound: `${home}404.html`,
				strings,
			};
		}),
);

/** The language a page's URL path is in. */
export function languageOf(path: string): SiteLanguage {
	const found = [...LANGUAGES].reverse().find((language) => path.startsWith(language.home));
	if (!found) throw new Error(`no language serves ${path}`);
	return found;
}

/** Is this the URL path of a step, in any language? */
export const isStepPath = (path: string) => LANGUAGES.some((language) => path.startsWith(language.steps));
/** Is this the whole guide on one page, in any language? */
export const isGuidePath = (path: string) => LANGUAGES.some((language) => path === language.guide);
/** Is this a language's intro? */
export const isIntroPath = (path: string) => LANGUAGES.some((language) => path === language.home);
/** Pages shown in place of one that is missing, in every language: the 404s and the offline pages. */
export const SERVED_ANYWHERE: ReadonlySet<string> = new Set(
	LANGUAGES.flatMap((language) => [language.notFound, language.offline]),
);

/** The language a built page declares on its `<html>` element ('' when it declares none). */
export function pageLanguage(file: string): string {
	return /<html[^>]*\slang="([^"]*)"/i.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
}

/**
 * The pages of one language and of every other, by what each built page declares in `<html lang>`:
 * the site's own language is the one its home page declares. Sweeps read this, so pages in a new
 * language are walked as soon as they are built, without a list to update.
 */
export function byLanguage(pages: BuiltPage[]): { lang: string; own: BuiltPage[]; translated: BuiltPage[] } {
	const lang = pageLanguage(join(distDir, 'index.html'));
	const own = pages.filter((page) => pageLanguage(page.file) === lang);
	return { lang, own, translated: pages.filter((page) => !own.includes(page)) };
}
