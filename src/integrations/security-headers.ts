/*
 * Writes dist/_headers after the build: the security headers every page is served with on
 * hosts that read the file (Netlify, Cloudflare Pages). The CSP allows what the pages' <meta>
 * policies allow, plus the directives only a header can carry.
 *
 * Its hashes are those of the inline scripts and styles the built pages really contain, not
 * every hash Astro lists in the <meta> tags: Astro lists one per stylesheet and script it
 * bundled, most of which end up in files, and the union of all of them made a line too long for
 * Cloudflare (see headersFileProblems). Both policies apply in the browser, so the header only
 * needs to allow what a page carries inline.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from '../build/built-html';
import {
	formatCsp,
	formatHeadersFile,
	headersFileProblems,
	parseCsp,
	unionCsp,
	type HeaderRule,
	type Policy,
} from '../lib/headers-file';

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

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Script types a browser runs; anything else (JSON-LD) is data and needs no hash. */
const RUNNABLE_SCRIPT = /^\s*$|^\s*(text\/javascript|module)\s*$/i;

/** The hashes of the inline scripts and styles in one page, as CSP sources by directive. */
export function inlineHashes(html: string): Policy {
	const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
		.filter(([, attrs = '']) => !/\ssrc=/i.test(attrs))
		.filter(([, attrs = '']) => RUNNABLE_SCRIPT.test(/\stype="([^"]*)"/i.exec(attrs)?.[1] ?? ''))
		.map(([, , body = '']) => sha256(body));
	const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, body = '']) => sha256(body));
	return new Map([
		['script-src', scripts],
		['style-src', styles],
	]);
}

/** A policy without its hashes: what the <meta> tags allow besides inline code. */
function withoutHashes(policy: Policy): Policy {
	return new Map([...policy].map(([name, sources]) => [name, sources.filter((s) => !/^'sha(256|384|512)-/.test(s))]));
}

/**
 * The `_headers` rules for a site whose pages carry these <meta> policies and these inline
 * scripts and styles (inlineHashes of every page).
 */
export function headerRules(policies: readonly string[], inline: readonly Policy[]): HeaderRule[] {
	const csp = unionCsp([
		new Map(EXTRA_DIRECTIVES.slice(0, 1)),
		...policies.map((policy) => withoutHashes(parseCsp(policy))),
		...inline,
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
			// The service worker (written after this file, by the offline step): a browser that may
			// cache it checks for a new one less often; no-cache sends every check to the host, so a
			// new build reaches readers at their next visit. Harmless while there is no /sw.js.
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
				const pages = await Promise.all(files.map((file) => readFile(file, 'utf8')));
				const policies = pages.flatMap(metaPolicies);
				if (policies.length === 0)
					throw new Error('No page has a CSP <meta> tag: is security.csp still on in astro.config.mjs?');
				const text = formatHeadersFile(headerRules(policies, pages.map(inlineHashes)));
				await writeFile(join(out, '_headers'), text);
				const longest = Math.max(...text.split('\n').map((line) => line.length));
				logger.info(`_headers written from the CSP of ${files.length} pages (longest line ${longest} characters)`);
				// The gate in tests/dist fails on these too; saying so here tells whoever built it first.
				for (const problem of headersFileProblems(text)) logger.warn(problem);
			},
		},
	};
}
