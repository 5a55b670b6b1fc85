/*
 * What every built page says about itself in its <head>: link-preview tags and a card that
 * exists, icons, and structured data; and the one-page guide keeps every step page's section ids.
 * All of it is in the built files, so no browser is needed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import {
	distDir,
	isGuidePath,
	isIntroPath,
	isStepPath,
	LANGUAGES,
	languageOf,
	readingPages,
	SERVED_ANYWHERE,
	sitemapPaths,
} from '../../support/site';

const pages = readingPages().map((page) => ({ ...page, root: parse(readFileSync(page.file, 'utf8')) }));
const STEP_PATHS = pages.map((page) => page.path).filter((path) => path.startsWith(LANGUAGES[0]?.steps ?? '/steps/'));

const meta = (root: HTMLElement, key: string) =>
	root.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

/** A file of this site named by an absolute URL: its bytes from dist/. */
function ownFile(url: string, origin: string): Buffer {
	const parsed = new URL(url, origin);
	expect(parsed.origin, `${url} is on the site's own origin`).toBe(origin);
	const file = join(distDir, decodeURIComponent(parsed.pathname));
	expect(existsSync(file), `${url} is built`).toBe(true);
	return readFileSync(file);
}

/** Width and height from a PNG's IHDR chunk, which always comes first. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
	expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every JSON-LD block of a page, parsed; a block that is not JSON fails the test. */
const jsonLd = (root: HTMLElement) =>
	root
		.querySelectorAll('script[type="application/ld+json"]')
		.map((script) => JSON.parse(script.textContent) as Record<string, unknown>);


describe('link previews', () => {
	test.each(pages.map((page) => [page.path, page.root] as const))(
		'%s has a title, description, canonical URL, Open Graph and X card tags',
		(path, root) => {
			// The 404 (and, offline, /offline/) is served at every missing address, so it names no
			// canonical URL of its own.
			const missing = SERVED_ANYWHERE.has(path);
			const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
			if (missing) expect(root.querySelectorAll('link[rel="canonical"], meta[property="og:url"]')).toHaveLength(0);
			else expect(canonical, 'canonical URL').toMatch(/^https?:\/\//);
			const origin = new URL(meta(root, 'og:image') ?? '').origin;

			const title = root.querySelector('title')?.textContent ?? '';
			const description = meta(root, 'description');
			expect(description?.length, 'a description').toBeGreaterThan(20);
			expect(meta(root, 'og:title'), 'og:title is the page title').toBe(title.replace(/ · Mend$/, ''));
			expect(meta(root, 'og:description')).toBe(description);
			if (!missing) expect(meta(root, 'og:url')).toBe(canonical);
			expect(meta(root, 'og:site_name')).toBe('Mend');
			expect(meta(root, 'og:type')).toBe(isStepPath(path) || isGuidePath(path) ? 'article' : 'website');
			expect(meta(root, 'twitter:card')).toBe('summary_large_image');

			const image = meta(root, 'og:image') ?? '';
			expect(image, 'og:image is absolute').toMatch(/^https?:\/\/.+\.png$/);
			expect(meta(root, 'og:image:width')).toBe('1200');
			expect(meta(root, 'og:image:height')).toBe('630');
			expect(meta(root, 'og:image:alt')?.length, 'og:image:alt').toBeGreaterThan(10);
			const card = ownFile(image, origin);
			expect(pngSize(card)).toEqual({ width: 1200, height: 630 });
			expect(card.length, `${image} is under 100 KB`).toBeLessThan(100 * 1024);

			const icons = { 'link[rel="icon"][type="image/png"]': 32, 'link[rel="apple-touch-icon"]': 180 };
			for (const [selector, size] of Object.entries(icons)) {
				const href = root.querySelector(selector)?.getAttribute('href') ?? '';
				expect(pngSize(ownFile(href, origin))).toEqual({ width: size, height: size });
			}
			const svgIcon = root.querySelector('link[rel="icon"][type="image/svg+xml"]')?.getAttribute('href') ?? '';
			// The SVG icon travels inside the page as a data: URI, so it costs no request.
			expect(svgIcon.startsWith('data:image/svg+xml,')).toBe(true);
			expect(decodeURIComponent(svgIcon.slice('data:image/svg+xml,'.length))).toMatch(/^<svg[^>]+viewBox="0 0 64 64"/);
			// The manifest is linked late, by the page's script (see the browser test in sharing.spec.ts).
			ownFile(root.querySelector('head meta[name="late-link"][data-rel="manifest"]')?.getAttribute('content') ?? '', origin);

			const themes = root.querySelectorAll('meta[name="theme-color"]');
			expect(themes.map((theme) => theme.getAttribute('media'))).toEqual([
				'(prefers-color-scheme: light)',
				'(prefers-color-scheme: dark)',
			]);
		},
	);

	test('titles and descriptions are unique, and each canonical page has its own card', () => {
		const seen = { title: new Set<string>(), description: new Set<string>(), image: new Set<string>() };
		for (const path of sitemapPaths()) {
			const root = pages.find((page) => page.path === path)?.root;
			expect(root, `${path} is built`).toBeDefined();
			if (!root) continue;
			const values = {
				title: root.querySelector('title')?.textContent ?? '',
				description: meta(root, 'description') ?? '',
				image: meta(root, 'og:image') ?? '',
			};
			for (const key of ['title', 'description', 'image'] as const) {
				expect(seen[key].has(values[key]), `${path}'s ${key} is its own`).toBe(false);
				seen[key].add(values[key]);
			}
		}
		const step3 = pages.find((page) => page.path === '/steps/3-time-and-space/')?.root;
		expect(step3 && meta(step3, 'og:image')).toMatch(/\/og\/steps\/3-time-and-space\.png$/);
	});
});

describe('every page has a title, one h1 and a language', () => {
	test.each(pages.map((page) => [page.path, page.root] as const))('%s', (path, root) => {
		expect(root.querySelector('title')?.textContent ?? '').toMatch(/\S.* · Mend$|^Mend$/);
		expect(root.querySelectorAll('h1')).toHaveLength(1);
		// English at the root, every other language under its code: /es/… is Spanish.
		expect(root.querySelector('html')?.getAttribute('lang')).toBe(languageOf(path).strings['language.tag']);
		expect(root.querySelectorAll('main')).toHaveLength(1);
	});
});

describe('structured data', () => {
	const rootOf = (path: string) => {
		const root = pages.find((page) => page.path === path)?.root;
		if (!root) throw new Error(`${path} is not built`);
		return root;
	};

	test('the intro describes the site as a WebSite', () => {
		const root = rootOf('/');
		const [site, ...rest] = jsonLd(root);
		expect(rest).toEqual([]);
		expect(site).toMatchObject({ '@context': 'https://schema.org', '@type': 'WebSite', name: 'Mend' });
		expect(site?.['url']).toBe(root.querySelector('link[rel="canonical"]')?.getAttribute('href'));
		expect(String(site?.['description']).length).toBeGreaterThan(20);
	});

	test.each(STEP_PATHS.map((path, index) => [path, index] as const))(
		'%s is an Article in the guide, with a breadcrumb from the guide to the step',
		(path, index) => {
			const root = rootOf(path);
			const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
			const home = new URL('/', canonical ?? '').href;
			const blocks = jsonLd(root);
			expect(blocks.find((block) => block['@type'] === 'Article')).toMatchObject({
				'@context': 'https://schema.org',
				headline: root.querySelector('h1')?.textContent.trim(),
				description: meta(root, 'description'),
				url: canonical,
				position: index + 1,
				image: meta(root, 'og:image'),
				isPartOf: { name: 'How to get someone back you pushed away', url: home },
			});
			expect(blocks.find((block) => block['@type'] === 'BreadcrumbList')).toMatchObject({
				'@context': 'https://schema.org',
				itemListElement: [
					{ '@type': 'ListItem', position: 1, item: home },
					{ '@type': 'ListItem', position: 2, name: expect.stringMatching(`^Step ${index + 1}: `), item: canonical },
				],
			});
		},
	);

	test.each(pages.map((page) => [page.path, page.root] as const))(
		'%s has JSON-LD that parses, of the type its kind of page needs',
		(path, root) => {
			const blocks = jsonLd(root);
			for (const block of blocks) {
				expect(block['@context']).toBe('https://schema.org');
				expect(block['@type']).toEqual(expect.any(String));
			}
			const types = blocks.map((block) => block['@type']);
			const main = isIntroPath(path) ? 'WebSite' : isStepPath(path) || isGuidePath(path) ? 'Article' : 'WebPage';
			expect(types[0]).toBe(main);
			// Every page but the intro (the top) and the pages served at any address has a breadcrumb.
			expect(types.includes('BreadcrumbList')).toBe(!isIntroPath(path) && !SERVED_ANYWHERE.has(path));
			// Each says which language it is in.
			expect(blocks[0]?.['inLanguage'], 'JSON-LD inLanguage').toBe(languageOf(path).strings['language.tag']);
			// A breadcrumb starts at the intro of the page's own language.
			const crumbs = blocks.find((block) => block['@type'] === 'BreadcrumbList')?.['itemListElement'];
			if (Array.isArray(crumbs)) {
				const first = (crumbs[0] as { item?: string } | undefined)?.item ?? '';
				expect(new URL(first).pathname, 'breadcrumb home').toBe(languageOf(path).home);
			}
		},
	);
});

test('the whole guide keeps every section id of the step pages, so each section link has a twin there', () => {
	const guide = rootOf('/guide/');
	const guideIds = guide.querySelectorAll('main [id]').map((el) => el.id);
	expect(new Set(guideIds).size, 'ids on /guide/ are unique').toBe(guideIds.length);
	for (const path of STEP_PATHS) {
		const step = rootOf(path);
		// The sections of a step: its headings and the parts that hold them. The checklist's own
		// controls (its draft box, its dialog) are a tool's, not sections, and stay on the step.
		const ids = step
			.querySelectorAll('main :is(h2, h3, h4, section)[id]')
			.map((el) => el.id)
			.filter((id) => id !== 'page-title');
		expect(ids.length, `${path} has sections`).toBeGreaterThan(4);
		for (const id of ids) expect(guideIds, `${path}#${id} is also on /guide/`).toContain(id);
	}
	expect(guideIds).toContain('apology-checklist-title');

	function rootOf(path: string) {
		const root = pages.find((page) => page.path === path)?.root;
		if (!root) throw new Error(`${path} is not built`);
		return root;
	}
});
