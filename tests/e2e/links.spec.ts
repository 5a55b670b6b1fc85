/*
 * Links that must keep working once they are out in the world, requested from a server: every
 * URL ever published, the short links, and what search engines are pointed at. What the built
 * files alone can show (the URL list, the sitemap, _redirects) is in tests/dist/urls.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, isIntroPath, isRedirect, isStepPath, LANGUAGES, languageOf } from '../../support/site';
import { expect, STEP_PATHS, test } from './fixtures';

const publicUrls = readFileSync(new URL('../public-urls.txt', import.meta.url), 'utf8')
	.split('\n')
	.map((line) => line.trim())
	.filter((line) => line !== '' && !line.startsWith('#'));

/** The target of a redirect page's meta refresh. */
function refreshTarget(html: string): string | undefined {
	return /<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"/i.exec(html)?.[1];
}

/** The site's public origin, as the build wrote it into the intro's canonical link. */
function siteOrigin(): string {
	const html = readFileSync(join(distDir, 'index.html'), 'utf8');
	const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
	if (!canonical) throw new Error('dist/index.html has no canonical link');
	return new URL(canonical).origin;
}

test('every URL ever published is still served, as a page, a redirect to a page, or a file', async ({ request }) => {
	// Each language's whole guide, which repeats the sections of its intro and steps.
	const guides = new Map<string, string>();
	for (const language of LANGUAGES) guides.set(language.lang, await (await request.get(language.guide)).text());
	for (const url of publicUrls) {
		const [path = '', fragment] = url.split('#');
		const response = await request.get(path, { maxRedirects: 0 });
		expect(response.status(), `${path} is served`).toBe(200);
		const body = await response.body();
		expect(body.length, `${path} is not empty`).toBeGreaterThan(0);
		if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;

		let html = body.toString('utf8');
		if (isRedirect(html)) {
			const target = refreshTarget(html);
			expect(target, `${path} names where it redirects`).toBeDefined();
			const landing = await request.get(target ?? '', { maxRedirects: 0 });
			expect(landing.status(), `${path} redirects to ${target}, which is served`).toBe(200);
			html = await landing.text();
			expect(isRedirect(html), `${path} redirects straight to a page`).toBe(false);
		}
		expect(html, `${path} is a page with a heading`).toMatch(/<h1[\s>]/);
		if (fragment === undefined) continue;
		expect(html, `${url}: the section is still on its page`).toContain(`id="${fragment}"`);
		if (isIntroPath(path) || isStepPath(path)) {
			const language = languageOf(path);
			expect(guides.get(language.lang), `${url}: the section is also on ${language.guide}`).toContain(
				`id="${fragment}"`,
			);
		}
	}
});

test('each short link /N/ lands on step N', async ({ page, offsite }) => {
	for (const [index, path] of STEP_PATHS.entries()) {
		await page.goto(`/${index + 1}/`);
		await expect(page).toHaveURL(path);
		await expect(page.getByText(`Step ${index + 1} of 6`, { exact: true })).toBeVisible();
	}
	expect(offsite.urls).toEqual([]);
});

test('/3/ opens step 3 (its canonical link is checked in tests/dist/urls.test.ts)', async ({ page }) => {
	await page.goto('/3/');
	await expect(page).toHaveURL('/steps/3-time-and-space/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Give them time and space');
});

test('robots.txt lets crawlers in and points at the sitemap by its absolute URL', async ({ request }) => {
	const robots = await (await request.get('/robots.txt')).text();
	expect(robots).toMatch(/^User-agent: \*$/m);
	expect(robots).not.toMatch(/^Disallow: \/$/m);
	const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
	expect(sitemap).toBe(`${siteOrigin()}/sitemap-index.xml`);

	const index = await (await request.get(new URL(sitemap ?? '').pathname)).text();
	expect(index).toContain(`<loc>${siteOrigin()}/sitemap-0.xml</loc>`);
});
