/*
 * Writes dist/_headers after the build: the security headers every page is served with on
 * hosts that read the file (Netlify, Cloudflare Pages). The CSP is the union of the policies
 * Astro put in the pages' <meta> tags, so it allows exactly the scripts and styles the site
 * ships, plus the directives only a header can carry.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from './built-html';
import { formatCsp, formatHeadersFile, parseCsp, unionCsp, type HeaderRule } from '../lib/headers-file';

/** Directives added to the pages' own policy; a <meta> CSP cannot set frame-ancestors. */
const EXTRA_DIRECTIVES: [string, string[]][] = [
	['default-src', ["'self'"]],
	['img-src', ["'self'", 'data:']],
	['font-src', ["'self'"]],
	['connect-src', ["'self'"]],
	['object-src', ["'none'"]],
	['base-uri', ["'self'"]],
	['form-action', ["'self'"]],
	['frame-ancestors', ["'none'"]],
];

/** Powerful features the site never uses, denied to it and to anything it could embed. */
const DENIED_FEATURES = [
	'accelerometer',
	'autoplay',
	'camera',
	'display-capture',
	'geolocation',
	'gyroscope',
	'magnetometer',
	'microphone',
	'midi',
	'payment',
	'usb',
	'xr-spatial-tracking',
];

/** Finds the content of each page's CSP <meta> tag. */
export function metaPolicies(html: string): string[] {
	return [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)].map((m) => m[1] ?? '');
}

/** The `_headers` rules for a site whose pages carry these <meta> policies. */
export function headerRules(policies: readonly string[]): HeaderRule[] {
	const csp = unionCsp([
		new Map(EXTRA_DIRECTIVES.slice(0, 1)),
		...policies.map(parseCsp),
		new Map(EXTRA_DIRECTIVES.slice(1)),
	]);
	return [
		{
			path: '/*',
			headers: [
				['Content-Security-Policy', formatCsp(csp)],
				['X-Content-Type-Options', 'nosniff'],
				['Referrer-Policy', 'strict-origin-when-cross-origin'],
				['Permissions-Policy', DENIED_FEATURES.map((feature) => `${feature}=()`).join(', ')],
				['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
				['Cross-Origin-Opener-Policy', 'same-origin'],
			],
		},
		{
			// Astro names these files by content hash, so a changed file gets a new URL.
			path: '/_astro/*',
			headers: [['Cache-Control', 'public, max-age=31536000, immutable']],
		},
		{
			// The offline copy's worker: browsers must see a new build's worker as soon as it is deployed.
			path: '/sw.js',
			headers: [['Cache-Control', 'no-cache']],
		},
	];
}

/** The Astro integration. */
export default function securityHeaders(): AstroIntegration {
	return {
		name: 'mend:security-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const files = await htmlFiles(out);
				const policies = (await Promise.all(files.map((file) => readFile(file, 'utf8')))).flatMap(metaPolicies);
				if (policies.length === 0)
					throw new Error('No page has a CSP <meta> tag: is security.csp still on in astro.config.mjs?');
				await writeFile(join(out, '_headers'), formatHeadersFile(headerRules(policies)));
				logger.info(`_headers written from the CSP of ${files.length} pages`);
			},
		},
	};
}
