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

test('a page without bundled scripts is unchanged, and one without a CSP to allow the loader fails the build', () => {
	const html = `${meta('')}<script>var d=1</script>`;
	expect(lateScripts(html)).toBe(html);
	expect(() => lateScripts('<script type="module" src="/_astro/a.js"></script>')).toThrow(/no <meta> CSP/);
});

test('the loader imports every script only once the page has loaded and the browser is idle', async () => {
	const imported: string[] = [];
	const idle: (() => void)[] = [];
	const onLoad: (() => void)[] = [];
	const document = { readyState: 'interactive' };
	const window = { requestIdleCallback: (callback: () => void) => idle.push(callback) };
	const addEventListener = (type: string, listener: () => void) => type === 'load' && onLoad.push(listener);
	// The loader as the browser runs it, with import() and the page's globals stood in for.
	const run = new Function(
		'document',
		'window',
		'requestIdleCallback',
		'addEventListener',
		'load',
		lateLoader(['/_astro/a.js', '/_astro/b.js']).replace(/import\(u\)/g, 'load(u)'),
	);
	run(document, window, window.requestIdleCallback, addEventListener, (url: string) => imported.push(url));
	expect(imported).toEqual([]);
	onLoad.forEach((listener) => listener());
	expect(imported).toEqual([]);
	idle.forEach((callback) => callback());
	expect(imported).toEqual(['/_astro/a.js', '/_astro/b.js']);
});
