/*
 * Accessibility gate: axe with the WCAG 2.2 A/AA tags and best practices, on every URL in the
 * sitemap (and every 404 page), in both themes, on a phone and a desktop viewport. Zero violations.
 *
 * Each page is loaded once and checked four times: every rule on a phone in the light theme and on
 * a desktop in the dark one, so each size and each theme gets the whole gate; the colour rules
 * (THEME_RULES: contrast, links told apart from text) in the other two, since a colour's contrast
 * depends on both the theme and the text size the layout gives it. The theme follows `prefers-color-scheme` and
 * the layout the viewport, both live (the site's CSS media queries and the theme toggle's
 * matchMedia listener), and reduced motion makes every colour change instant, so axe sees after
 * each switch what it would see after a fresh load in that theme at that size. (Shown when this
 * was written by a contrast error planted in the dark theme only, and one in the phone layout
 * only: each failed its own combination and no other.)
 */
import { builtHtml, byLanguage, sitemapPaths } from '../../support/site';
import { axeViolations, expect, test, THEME_RULES } from './fixtures';

// Four full axe runs of one page: /guide/, the whole guide, takes over a minute on a loaded two-core machine.
test.describe.configure({ timeout: 180_000 });

const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;
const themes = ['light', 'dark'] as const;
const combinations = Object.entries(viewports).flatMap(([device, viewport]) =>
	themes.map((theme) => ({ device, viewport, theme, every: (device === 'phone') === (theme === 'light') })),
);

const sitemap = new Set(sitemapPaths());
const { own, translated } = byLanguage(
	builtHtml().filter((page) => sitemap.has(page.path) || page.path.endsWith('/404.html')),
);

test('the sitemap lists the pages the gate checks', () => {
	expect(own.length).toBeGreaterThanOrEqual(10);
});

/** Loads the page once, then runs axe in each of the given themes and sizes. */
async function violationsIn(
	page: import('@playwright/test').Page,
	path: string,
	checks: typeof combinations,
): Promise<string[]> {
	const [first] = checks;
	if (first === undefined) return [];
	await page.setViewportSize(first.viewport);
	await page.emulateMedia({ colorScheme: first.theme, reducedMotion: 'reduce' });
	await page.goto(path);
	const violations: string[] = [];
	for (const { device, viewport, theme, every } of checks) {
		await page.setViewportSize(viewport);
		await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
		const found = await axeViolations(page, every || checks.length === 1 ? undefined : THEME_RULES);
		violations.push(...found.map((line) => `${theme} theme, ${device}: ${line}`));
	}
	return violations;
}

for (const { path } of own) {
	test(`axe finds no violations on ${path} in both themes, on a phone and a desktop (every rule once per theme and per size, the colour rules in all four)`, async ({
		page,
	}) => {
		expect(await violationsIn(page, path, combinations)).toEqual([]);
	});
}

// A translation has the same layout and colours as the page it translates: its words are what is
// new, so each translated page is checked once, the four themes-and-sizes taken in turn.
for (const [index, { path }] of translated.entries()) {
	const check = combinations[index % combinations.length];
	if (check === undefined) continue;
	test(`axe finds no violations on ${path}, a sample of the translations for each theme and size: ${check.theme} theme, ${check.device}`, async ({
		page,
	}) => {
		expect(await violationsIn(page, path, [check])).toEqual([]);
	});
}
