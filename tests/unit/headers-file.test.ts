import { describe, expect, test } from 'vitest';
import {
	formatCsp,
	formatHeadersFile,
	headersFor,
	parseCsp,
	parseHeadersFile,
	pathMatches,
	unionCsp,
} from '@/lib/headers-file';
import { headerRules, metaPolicies } from '@/integrations/security-headers';

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

	test('the header policy keeps the pages’ hashes and adds what only a header can say', () => {
		const html = `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-X'; style-src 'self' 'sha256-Y';">`;
		const policies = metaPolicies(html);
		expect(policies).toEqual(["script-src 'self' 'sha256-X'; style-src 'self' 'sha256-Y';"]);
		const csp = parseCsp(headerRules(policies)[0]?.headers[0]?.[1] ?? '');
		expect(csp.get('default-src')).toEqual(["'self'"]);
		expect(csp.get('script-src')).toEqual(["'self'", "'sha256-X'"]);
		expect(csp.get('style-src')).toEqual(["'self'", "'sha256-Y'"]);
		expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
	});
});
