/*
 * Every link on every built page goes somewhere real: internal paths resolve to a built page, a
 * redirect or a file, and every #fragment names an id on the target page. External links are
 * not fetched; they must carry rel="noopener noreferrer".
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { builtHtml, distDir } from '../../support/site';

const pages = builtHtml();
const siteOrigin = new URL(process.env['MEND_SITE_URL'] ?? 'http://localhost:4321').origin;
const dom = new Map(pages.map((page) => [page.path, parse(readFileSync(page.file, 'utf8'))]));

function idsOf(root: HTMLElement): Set<string> {
	return new Set(root.querySelectorAll('[id]').map((el) => el.id));
}

/** The built file a path is served from, or undefined. */
function fileFor(pathname: string): string | undefined {
	const decoded = decodeURIComponent(pathname);
	for (const candidate of [join(distDir, decoded), join(distDir, decoded, 'index.html')]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return undefined;
}

/** What is wrong with one link on the page at `from`, or undefined if nothing. */
function problemWith(from: string, el: HTMLElement, attr: 'href' | 'src'): string | undefined {
	const raw = el.getAttribute(attr) ?? '';
	const where = `<${el.tagName.toLowerCase()} ${attr}="${raw}">`;
	if (/^(mailto|tel|sms|data):/.test(raw)) return undefined;
	const url = new URL(raw, `${siteOrigin}${from}`);
	if (url.origin !== siteOrigin) {
		if (el.tagName !== 'A') return `${where} loads from another origin`;
		const rel = (el.getAttribute('rel') ?? '').split(/\s+/);
		return rel.includes('noopener') && rel.includes('noreferrer') ? undefined : `${where} needs rel="noopener noreferrer"`;
	}
	if (raw === '' || raw.startsWith('?')) return `${where} is empty`;
	const file = fileFor(url.pathname);
	if (file === undefined) return `${where} points at ${url.pathname}, which the build does not have`;
	const fragment = decodeURIComponent(url.hash.slice(1));
	if (fragment === '' || fragment.startsWith(':~:')) return undefined;
	const target = file.endsWith('.html') ? (dom.get(url.pathname) ?? parse(readFileSync(file, 'utf8'))) : undefined;
	if (target === undefined || !idsOf(target).has(fragment)) return `${where}: ${url.pathname} has no element with id "${fragment}"`;
	return undefined;
}

describe('every internal link and #fragment resolves', () => {
	test.each(pages.map((page) => [page.path]))('%s', (path) => {
		const root = dom.get(path) as HTMLElement;
		const problems = [
			...root.querySelectorAll('a[href], link[href]').flatMap((el) => problemWith(path, el, 'href') ?? []),
			...root.querySelectorAll('script[src], img[src]').flatMap((el) => problemWith(path, el, 'src') ?? []),
		];
		expect(problems).toEqual([]);
	});

	test('the checker notices a dead link and a dead fragment', () => {
		const fake = parse('<a href="/no-such-page/">x</a><a href="/guide/#no-such-id">y</a><a href="https://example.org/">z</a>');
		const problems = fake.querySelectorAll('a').map((el) => problemWith('/', el, 'href'));
		expect(problems).toEqual([
			'<a href="/no-such-page/"> points at /no-such-page/, which the build does not have',
			'<a href="/guide/#no-such-id">: /guide/ has no element with id "no-such-id"',
			'<a href="https://example.org/"> needs rel="noopener noreferrer"',
		]);
	});
});

/** What is wrong with the page's section links (each heading's own `#id` link), one line each. */
function sectionLinkProblems(path: string, root: HTMLElement): string[] {
	return root.querySelectorAll('a[data-section-link]').flatMap((link) => {
		const id = (link.getAttribute('href') ?? '').slice(1);
		const targets = root.querySelectorAll('[id]').filter((el) => el.id === id);
		if (targets.length !== 1) return [`${path}#${id}: ${targets.length} elements have this id, not 1`];
		return /^H[2-4]$/.test(targets[0]?.tagName ?? '') ? [] : [`${path}#${id} is a <${targets[0]?.tagName}>, not a heading`];
	});
}

test('every section link on every page points at the one heading with its id', () => {
	expect(pages.filter(({ path }) => dom.get(path)?.querySelector('a[data-section-link]')).length).toBeGreaterThan(6);
	expect(pages.flatMap(({ path }) => sectionLinkProblems(path, dom.get(path) as HTMLElement))).toEqual([]);
	expect(
		sectionLinkProblems('/x/', parse('<h2 id="a">A</h2><p id="b">B</p><a data-section-link href="#a"></a><a data-section-link href="#b"></a><a data-section-link href="#c"></a>')),
		'the check notices a link to a paragraph and to nothing',
	).toEqual(['/x/#b is a <P>, not a heading', '/x/#c: 0 elements have this id, not 1']);
});
