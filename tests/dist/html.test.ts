import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { lateScriptUrls } from '../../src/lib/late-loader';
import { builtHtml, distDir } from '../../support/site';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('every built page is valid HTML (html-validate:recommended, see .htmlvalidate.mjs)', () => {
	test.each(builtHtml().map((page) => [page.path, page.file]))('%s', async (_path, file) => {
		const report = await validator.validateFile(file);
		const problems = report.results.flatMap((result) =>
			result.messages.map(
				(m) => `${relative(distDir, file)}:${m.line}:${m.column} <${m.selector ?? '?'}> ${m.ruleId}: ${m.message}`,
			),
		);
		expect(problems).toEqual([]);
	});
});

// html-validate does not read refresh values; the W3C Nu checker does, and rejects `0;url=…`.
// https://html.spec.whatwg.org/multipage/semantics.html#attr-meta-http-equiv-refresh
describe('every meta refresh has the form the HTML standard parses: a delay, "; url=", a URL', () => {
	const refreshes = builtHtml().flatMap((page) =>
		[...readFileSync(page.file, 'utf8').matchAll(/<meta http-equiv="refresh" content="([^"]*)"/gi)].map((m) => [
			page.path,
			m[1] ?? '',
		]),
	);

	test('every short link in _redirects is a refresh page too, for hosts that read no _redirects', () => {
		const shortLinks = readFileSync(join(distDir, '_redirects'), 'utf8')
			.split('\n')
			.filter((line) => line.startsWith('/'))
			.map((line) => line.split(' ')[0]);
		expect(shortLinks.length).toBeGreaterThan(0);
		expect(refreshes.map(([path]) => path).sort()).toEqual(shortLinks.sort());
	});

	test.each(refreshes)('%s: %s', (_path, content) => {
		expect(content).toMatch(/^\d+; url=\/\S+$/);
	});
});

describe('the text comes before the scripts', () => {
	test.each(builtHtml().map((page) => [page.path, page.file]))(
		'%s asks for its scripts and its manifest only once its text is on screen',
		(_path, file) => {
			const html = readFileSync(file, 'utf8');
			expect(html).not.toMatch(/<link rel="manifest"/);
			const tags = html.match(/<script\b[^>]*\ssrc=[^>]*>/g) ?? [];
			const late = lateScriptUrls(html);
			// On the search page, search is the text: its scripts load at once.
			if (html.includes('<mend-search-page')) {
				expect(tags.length, 'the search page loads search as it opens').toBeGreaterThan(0);
				return;
			}
			// Fetched beside the HTML, these would race the text (src/integrations/late-scripts.ts).
			expect(tags).toEqual([]);
			if (html.includes('<mend-search')) expect(late.length, 'a page with controls loads its script').toBeGreaterThan(0);
			for (const url of late) expect(existsSync(join(distDir, url)), `${url} is built`).toBe(true);
		},
	);
});
