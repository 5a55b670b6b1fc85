/*
 * The content security policy holds on every page: script-src never allows inline or eval, every
 * inline script and style the HTML carries is covered by a hash in the page's own policy, and no
 * element smuggles in code or style through attributes. _headers carries the same hashes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { headersFileProblems, headersFor, parseCsp, parseHeadersFile } from '@/lib/headers-file';
import { builtHtml, distDir, isRedirect } from '../../support/site';

// The short links' redirect pages (src/pages/[short].astro) carry no script or style to check.
const pages = builtHtml()
	.map((page) => ({ ...page, html: readFileSync(page.file, 'utf8') }))
	.filter((page) => !isRedirect(page.html));
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('every page carries a strict CSP that covers all its inline code', () => {
	test.each(pages.map((page) => [page.path, page.html]))('%s', (_path, html) => {
		const root = parse(html);
		const metas = root.querySelectorAll('meta[http-equiv="content-security-policy"]');
		expect(metas, 'one CSP <meta> tag').toHaveLength(1);
		const policy = parseCsp(metas[0]?.getAttribute('content') ?? '');
		const scriptSrc = policy.get('script-src') ?? [];
		const styleSrc = policy.get('style-src') ?? [];
		const problems: string[] = [];
		if (scriptSrc.some((s) => s === "'unsafe-inline'" || s === "'unsafe-eval'")) problems.push(`script-src allows ${scriptSrc.join(' ')}`);

		for (const script of root.querySelectorAll('script:not([src])')) {
			if (script.getAttribute('type') === 'application/ld+json') continue;
			if (!scriptSrc.includes(sha256(script.rawText)))
				problems.push(`<script> starting "${script.rawText.slice(0, 60)}" has no hash in script-src`);
		}
		for (const style of root.querySelectorAll('style')) {
			if (!styleSrc.includes(sha256(style.rawText))) problems.push(`<style> starting "${style.rawText.slice(0, 60)}" has no hash in style-src`);
		}
		for (const el of root.querySelectorAll('*')) {
			for (const name of Object.keys(el.attributes)) {
				if (/^on/i.test(name)) problems.push(`<${el.tagName.toLowerCase()} ${name}> is an inline event handler`);
				if (name.toLowerCase() === 'style') problems.push(`<${el.tagName.toLowerCase()} style> is an inline style attribute`);
			}
			const href = el.getAttribute('href') ?? '';
			if (/^\s*javascript:/i.test(href)) problems.push(`<${el.tagName.toLowerCase()} href="javascript:…">`);
		}
		expect(problems).toEqual([]);
	});
});

describe('_headers', () => {
	const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));

	test('gives every page the full security header set', () => {
		const headers = headersFor(rules, '/steps/1-apologize/');
		expect([...headers.keys()].sort()).toEqual([
			'Content-Security-Policy',
			'Cross-Origin-Opener-Policy',
			'Permissions-Policy',
			'Referrer-Policy',
			'Strict-Transport-Security',
			'X-Content-Type-Options',
		]);
		const csp = parseCsp(headers.get('Content-Security-Policy') ?? '');
		expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
		expect(csp.get('object-src')).toEqual(["'none'"]);
		expect(csp.get('base-uri')).toEqual(["'self'"]);
		expect(csp.get('form-action')).toEqual(["'self'"]);
		expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
		expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
	});

	test('allows every inline script and style of every page, from the same build', () => {
		const csp = parseCsp(headersFor(rules, '/').get('Content-Security-Policy') ?? '');
		for (const page of pages) {
			const root = parse(page.html);
			const scripts = root.querySelectorAll('script:not([src])').filter((s) => s.getAttribute('type') !== 'application/ld+json');
			for (const script of scripts) expect(csp.get('script-src'), `${page.path} <script>`).toContain(sha256(script.rawText));
			for (const style of root.querySelectorAll('style')) expect(csp.get('style-src'), `${page.path} <style>`).toContain(sha256(style.rawText));
		}
	});

	test('stays within the limits Cloudflare Pages applies to _headers', () => {
		expect(headersFileProblems(readFileSync(join(distDir, '_headers'), 'utf8'))).toEqual([]);
	});

	test('caches hashed /_astro/ assets for a year, and nothing else', () => {
		expect(headersFor(rules, '/_astro/page.abc123.js').get('Cache-Control')).toBe('public, max-age=31536000, immutable');
		expect(headersFor(rules, '/steps/1-apologize/').get('Cache-Control')).toBeUndefined();
		expect(headersFor(rules, '/sw.js').get('Cache-Control'), 'the service worker is revalidated').toBe('no-cache');
	});
});
