import { describe, expect, test } from 'vitest';
import {
	formatCsp,
	formatHeadersFile,
	headersFileProblems,
	headersFor,
	parseCsp,
	parseHeadersFile,
	pathMatches,
	unionCsp,
} from '@/lib/headers-file';
import { headerRules, inlineHashes, metaPolicies } from '@/integrations/security-headers';

describe('_headers format', () => {
	const rules = [
		{ path: '/*', headers: [['X-One', '1'] as [string, string]] },
		{ path: '/_astro/*', headers: [['Cache-Control', 'immutable'] as [string, string]] },
	];

	test('round-trips through text', () => {
		const text = formatHeadersFile(rules);
		expect(text).toBe('/*\n  X-One: 1\n\n/_astro/*\n  Cache-Control: immutable\n');
		expect(parseHeadersFile(`# comment\n${text}`)).toEqual(rules);
	});

	test('rejects a header line with no path above it', () => {
		expect(() => parseHeadersFile('  X-One: 1')).toThrow('needs a path above it');
	});

	test.each([
		['/*', '/anything/', true],
		['/_astro/*', '/_astro/a.js', true],
		['/_astro/*', '/steps/', false],
		['/steps/1-apologize/', '/steps/1-apologize/', true],
		['/steps/1-apologize/', '/steps/1-apologize/x', false],
	])('%s matches %s: %s', (pattern, path, expected) => {
		expect(pathMatches(pattern, path)).toBe(expected);
	});

	test('applies every matching rule', () => {
		expect(Object.fromEntries(headersFor(rules, '/_astro/a.js'))).toEqual({
			'X-One': '1',
			'Cache-Control': 'immutable',
		});
		expect(Object.fromEntries(headersFor(rules, '/'))).toEqual({ 'X-One': '1' });
	});
});

describe('CSP', () => {
	test('a union allows what any policy allows, once', () => {
		const a = parseCsp("script-src 'self' 'sha256-A'; style-src 'self'");
		const b = parseCsp("script-src 'self' 'sha256-B' ;");
		expect(formatCsp(unionCsp([a, b]))).toBe("script-src 'self' 'sha256-A' 'sha256-B'; style-src 'self'");
	});

	test('the header policy hashes what the pages carry inline and adds what only a header can say', () => {
		// The <meta> lists a hash of code that ended up in a file (sha256-UNUSED): the header leaves it out.
		const html = [
			`<meta http-equiv="content-security-policy" content="script-src 'self' 'wasm-unsafe-eval' 'sha256-UNUSED'; style-src 'self' 'sha256-UNUSED';">`,
			'<script>let a = 1;</script>',
			'<script type="module" src="/_astro/x.js"></script>',
			'<script type="application/ld+json">{}</script>',
			'<style>p{color:red}</style>',
		].join('');
		const policies = metaPolicies(html);
		expect(policies).toEqual([
			"script-src 'self' 'wasm-unsafe-eval' 'sha256-UNUSED'; style-src 'self' 'sha256-UNUSED';",
		]);
		const csp = parseCsp(headerRules(policies, [inlineHashes(html)])[0]?.headers[0]?.[1] ?? '');
		expect(csp.get('default-src')).toEqual(["'self'"]);
		// Hashes of `let a = 1;` and `p{color:red}`.
		expect(csp.get('script-src')).toEqual([
			"'self'",
			"'wasm-unsafe-eval'",
			"'sha256-xY6QKfH9PRsQnLz56nj6MBwiK5oHg+im1Jkpdp1x/Ck='",
		]);
		expect(csp.get('style-src')).toEqual(["'self'", "'sha256-p0bF+un5yUb9MBO6xRb8kPHlY2BdpHVtLiFkDrZPF64='"]);
		expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
	});
});

describe("Cloudflare's limits", () => {
	const rule = (path: string, value: string) => `${path}\n  X-Test: ${value}\n`;

	test('a file within them has no problems', () => {
		expect(headersFileProblems(rule('/*', 'a'.repeat(1989)))).toEqual([]);
	});

	test('a line over 2,000 characters is named with its number and header', () => {
		const text = rule('/*', 'ok') + '\n' + rule('/steps/*', 'a'.repeat(1992));
		expect(headersFileProblems(text)).toEqual([
			'_headers line 5 (X-Test) is 2002 characters; Cloudflare Pages drops lines over 2000',
		]);
	});

	test('more than 100 rules names the first one Cloudflare would not read', () => {
		const text = Array.from({ length: 101 }, (_, i) => rule(`/page-${i + 1}/`, 'a')).join('\n');
		expect(headersFileProblems(text)).toEqual([
			'_headers has 101 rules; Cloudflare Pages reads at most 100 (the first past it: /page-101/)',
		]);
	});
});
