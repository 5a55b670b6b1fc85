/*
 * The URL contract, checked on the built files (tests/e2e/links.spec.ts requests each URL from a
 * server): the committed list of public URLs covers every canonical page and section, the
 * sitemap lists exactly the canonical pages, and `_redirects` agrees with the redirect pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { distDir, isGuidePath, isStepPath, LANGUAGES, readingPages, sitemapPaths } from '../../support/site';

const publicUrls = readFileSync(new URL('../public-urls.txt', import.meta.url), 'utf8')
	.split('\n')
	.map((line) => line.trim())
	.filter((line) => line !== '' && !line.startsWith('#'));

/** The target of a redirect page's meta refresh. */
const refreshTarget = (html: string) => /<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"/i.exec(html)?.[1];

/** The ids of the section links on a built page (the link beside each heading). */
const sectionIds = (html: string) =>
	[...html.matchAll(/<a [^>]*data-section-link[^>]*>/g)].flatMap((tag) => /href="#([^"]+)"/.exec(tag[0])?.slice(1) ?? []);

/** The site's public origin, as the build wrote it into the intro's canonical link. */
function siteOrigin(): string {
	const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(distDir, 'index.html'), 'utf8'))?.[1];
	if (!canonical) throw new Error('dist/index.html has no canonical link');
	return new URL(canonical).origin;
}

/** Each language's steps, in order. */
const STEP_PATHS = LANGUAGES.map((language) =>
	readingPages()
		.map((page) => page.path)
		.filter((path) => path.startsWith(language.steps))
		.sort((a, b) => parseInt(a.slice(language.steps.length)) - parseInt(b.slice(language.steps.length))),
);

test('the committed list of public URLs has no duplicates and only site paths', () => {
	expect(publicUrls.length).toBeGreaterThan(0);
	expect(new Set(publicUrls).size, 'each URL is listed once').toBe(publicUrls.length);
	for (const url of publicUrls) expect(url, 'a path on this site').toMatch(/^\/[^\s]*$/);
});

test('every canonical page and section is in the committed list, so none can be dropped unnoticed', () => {
	for (const path of sitemapPaths()) {
		expect(publicUrls, `add ${path} to tests/public-urls.txt`).toContain(path);
		// /guide/ repeats the sections of the other pages under the same ids.
		if (isGuidePath(path)) continue;
		const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
		for (const id of sectionIds(html)) {
			expect(publicUrls, `add ${path}#${id} to tests/public-urls.txt`).toContain(`${path}#${id}`);
		}
	}
});

test('_redirects gives hosts that read it the same short links as permanent redirects', () => {
	const file = join(distDir, '_redirects');
	expect(existsSync(file), 'dist/_redirects is written').toBe(true);
	const rules = readFileSync(file, 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '' && !line.startsWith('#'))
		.map((line) => line.split(/\s+/));
	for (const steps of STEP_PATHS) expect(steps).toHaveLength(6);
	// /1/ … /6/, then /es/1/ … /es/6/: each language's short links to its own steps.
	expect(rules).toEqual(
		LANGUAGES.flatMap((language, lang) =>
			(STEP_PATHS[lang] ?? []).map((path, index) => [`${language.home}${index + 1}/`, path, '301']),
		),
	);
	for (const [from, to] of rules) {
		const page = readFileSync(join(distDir, from ?? '', 'index.html'), 'utf8');
		expect(refreshTarget(page), `the redirect page for ${from} agrees`).toBe(to);
	}
});

test('/3/ names step 3 as canonical and is kept out of search engines', () => {
	const redirect = readFileSync(join(distDir, '3', 'index.html'), 'utf8');
	expect(redirect).toContain(`<link rel="canonical" href="${siteOrigin()}/steps/3-time-and-space/">`);
	expect(redirect).toContain('<meta name="robots" content="noindex">');
});

test('the sitemap lists exactly the canonical pages: no redirects, no noindex page (404, offline), no search page', () => {
	const canonical = readingPages()
		.filter((page) => !readFileSync(page.file, 'utf8').includes('<meta name="robots" content="noindex">'))
		.map((page) => page.path)
		.filter((path) => !LANGUAGES.some((language) => language.search === path))
		.sort();
	expect(sitemapPaths()).toEqual(canonical);
	for (const path of sitemapPaths()) {
		expect(path).not.toMatch(/^(\/[a-z]{2})?\/\d+\/$/);
		expect(isStepPath(path) || !/\/\d+-/.test(path), `${path} is a page, not a short link`).toBe(true);
		const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
		expect(html, `${path} is canonical at the URL the sitemap gives`).toContain(
			`<link rel="canonical" href="${siteOrigin()}${path}">`,
		);
	}
});

test('the site model manifest is not left in the published site', () => {
	expect(existsSync(join(distDir, 'site-model.json'))).toBe(false);
});
