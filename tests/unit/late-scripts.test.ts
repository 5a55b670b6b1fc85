import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { lateScripts } from '@/integrations/late-scripts';
import { lateLoader, lateScriptUrls } from '@/lib/late-loader';

const meta = (sources: string) =>
	`<meta http-equiv="content-security-policy" content="script-src 'self' ${sources}; style-src 'self'">`;
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

test('bundled module scripts become one inline loader, allowed by the page’s CSP; other scripts are left as they are', () => {
	const html = [
		meta("'sha256-a'"),
		'<script>var d=1</script>',
		'<script type="module" src="/_astro/a.js"></script>',
		'<script type="application/ld+json">{}</script>',
		'<script type="module" src="/_astro/b.js"></script>',
	].join('');
	const loader = lateLoader(['/_astro/a.js', '/_astro/b.js']);
	expect(lateScripts(html)).toBe(
		[
			meta(`'sha256-a' ${hashOf(loader)}`),
			'<script>var d=1</script>',
			`<script type="module">${loader}</script>`,
			'<script type="application/ld+json">{}</script>',
		].join(''),
	);
});

test('a measure of a built page can tell which scripts its loader will import', () => {
	const built = lateScripts(
		`${meta('')}<script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/b.js"></script>`,
	);
	expect(lateScriptUrls(built)).toEqual(['/_astro/a.js', '/_astro/b.js']);
	expect(lateScriptUrls('<script>var d=1</script>')).toEqual([]);
});

test('the search page, whose results are its text, keeps its scripts as they are', () => {
	const html = `${meta('')}<mend-search-page></mend-search-page><script type="module" src="/_astro/a.js"></script>`;
	expect(lateScripts(html)).toBe(html);
});

test('a page without bundled scripts is unchanged, and one without a CSP to allow the loader fails the build', () => {
	const html = `${meta('')}<script>var d=1</script>`;
	expect(lateScripts(html)).toBe(html);
	expect(() => lateScripts('<script type="module" src="/_astro/a.js"></script>')).toThrow(/no <meta> CSP/);
});

/** Runs the loader as a browser would, with import(), the page's globals and its paints stood in for. */
function runLoader(paints: boolean) {
	const imported: string[] = [];
	const timers: (() => void)[] = [];
	const onLoad: (() => void)[] = [];
	const observers: ((
		list: { getEntriesByName: (name: string) => unknown[] },
		o: { disconnect: () => void },
	) => void)[] = [];
	class Observer {
		static supportedEntryTypes = paints ? ['paint', 'largest-contentful-paint'] : ['navigation'];
		constructor(private readonly callback: (typeof observers)[number]) {}
		observe() {
			observers.push(this.callback);
		}
	}
	const run = new Function(
		'PerformanceObserver',
		'setTimeout',
		'addEventListener',
		'load',
		lateLoader(['/_astro/a.js', '/_astro/b.js']).replace(/import\(u\)/g, 'load(u)'),
	);
	run(
		Observer,
		(callback: () => void) => timers.push(callback),
		(type: string, listener: () => void) => type === 'load' && onLoad.push(listener),
		(url: string) => imported.push(url),
	);
	const paint = (name: string) =>
		observers.forEach((callback) =>
			callback({ getEntriesByName: (n) => (n === name ? [{}] : []) }, { disconnect() {} }),
		);
	return { imported, timers, onLoad, paint };
}

test('the loader imports every script once the page has painted its text, in a task of their own', () => {
	const { imported, timers, onLoad, paint } = runLoader(true);
	onLoad.forEach((listener) => listener());
	paint('first-paint');
	expect(timers, 'loaded, or painted without text, is not enough').toEqual([]);
	paint('first-contentful-paint');
	expect(imported).toEqual([]);
	timers.forEach((callback) => callback());
	expect(imported).toEqual(['/_astro/a.js', '/_astro/b.js']);
});

test('where the browser reports no paints, the loader imports the scripts at load', () => {
	const { imported, onLoad } = runLoader(false);
	expect(imported).toEqual([]);
	onLoad.forEach((listener) => listener());
	expect(imported).toEqual(['/_astro/a.js', '/_astro/b.js']);
});
