/*
 * Runs only in the `with-headers` project (playwright.config.ts), where dist/ is served by
 * `wrangler pages dev`: Cloudflare's own asset engine reading the generated _headers and
 * _redirects, as Cloudflare Pages does in production.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from '../../support/site';
import { expect, STEP_PATHS, test } from './fixtures';

/** The headers every response of the site carries, whatever its type. */
function expectSecurityHeaders(headers: Record<string, string>, what: string): void {
	const csp = headers['content-security-policy'] ?? '';
	expect(csp, `${what}: CSP`).toContain("default-src 'self'");
	expect(csp, `${what}: CSP`).toContain("frame-ancestors 'none'");
	expect(csp, `${what}: CSP`).toContain("object-src 'none'");
	expect(csp, `${what}: CSP`).toContain("base-uri 'self'");
	expect(csp, `${what}: CSP`).toContain("form-action 'self'");
	expect(csp, `${what}: CSP`).toMatch(/script-src 'self' [^;]*'sha256-/);
	expect(csp, `${what}: CSP`).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
	expect(headers['x-content-type-options'], what).toBe('nosniff');
	expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
	expect(headers['cross-origin-opener-policy'], what).toBe('same-origin');
	expect(headers['strict-transport-security'], what).toBe('max-age=63072000; includeSubDomains');
	expect(headers['permissions-policy'], what).toContain('camera=()');
	expect(headers['permissions-policy'], what).toContain('geolocation=()');
}

test('pages carry the full security header set, and are revalidated rather than cached', async ({ page }) => {
	for (const path of ['/', STEP_PATHS[2], '/search/']) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(200);
		const headers = response?.headers() ?? {};
		expectSecurityHeaders(headers, path);
		expect(headers['cache-control'] ?? '', `${path} is not cached for a year`).not.toMatch(/immutable|max-age=[1-9]/);
	}
});

test('hashed files in /_astro/ are cached for a year', async ({ request }) => {
	const file = readdirSync(join(distDir, '_astro')).find((name) => name.endsWith('.js'));
	expect(file, 'the build has scripts in /_astro/').toBeDefined();
	const response = await request.get(`/_astro/${file}`);
	expect(response.status()).toBe(200);
	expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	expectSecurityHeaders(response.headers(), `/_astro/${file}`);
});

test('the service worker, when the build has one, is never served from a stale cache', async ({ request }) => {
	const response = await request.get('/sw.js');
	if (existsSync(join(distDir, 'sw.js'))) {
		expect(response.status()).toBe(200);
		expect(response.headers()['cache-control']).toBe('no-cache');
	} else {
		// No worker in this build: nothing may answer in its place (the rule is checked in tests/dist).
		expect(response.status()).toBe(404);
	}
});

test('the short links /1/ to /6/ answer 301 to their steps', async ({ request }) => {
	for (const [index, step] of STEP_PATHS.entries()) {
		const response = await request.get(`/${index + 1}/`, { maxRedirects: 0 });
		expect(response.status(), `/${index + 1}/`).toBe(301);
		expect(new URL(response.headers()['location'] ?? '', 'http://localhost').pathname, `/${index + 1}/`).toBe(step);
	}
});

test('a missing page answers 404 with the site’s own page not found', async ({ page }) => {
	const response = await page.goto('/steps/7-no-such-step/');
	expect(response?.status()).toBe(404);
	expectSecurityHeaders(response?.headers() ?? {}, 'the 404');
	await expect(page.getByRole('heading', { level: 1, name: "This page isn't here" })).toBeVisible();
	await expect(page.getByRole('link', { name: /^Step 1:/ }).first()).toBeVisible();
});

test('a missing Spanish page answers 404 with the Spanish page not found, which Cloudflare finds by itself', async ({
	page,
}) => {
	const response = await page.goto('/es/pasos/7-no-existe/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByRole('link', { name: /^Paso 1:/ }).first()).toBeVisible();
	await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/');
});

test('the Spanish short links /es/1/ to /es/6/ answer 301 to the Spanish steps', async ({ request }) => {
	for (let n = 1; n <= 6; n++) {
		const response = await request.get(`/es/${n}/`, { maxRedirects: 0 });
		expect(response.status(), `/es/${n}/`).toBe(301);
		expect(new URL(response.headers()['location'] ?? '', 'http://localhost').pathname).toMatch(
			new RegExp(`^/es/pasos/${n}-[a-z-]+/$`),
		);
	}
});

test('search works under the header CSP: Pagefind, its wasm and its styles are allowed', async ({ page, problems }) => {
	await page.goto('/search/?q=apology');
	// The first query of a fresh engine fetches the wasm and the index: give it a loaded machine's time.
	await expect(page.locator('mend-search-page').getByText(/pages? found for “apology”/)).toBeVisible({
		timeout: 20_000,
	});
	expect(problems.messages).toEqual([]);
});
