/*
 * Accessibility gate: axe with the WCAG 2.2 A/AA tags and best practices, on every URL in the
 * sitemap (and the 404), in both themes, on a phone and a desktop viewport. Zero violations.
 */
import { sitemapPaths } from '../../support/site';
import { axeViolations, expect, test } from './fixtures';

// Each test runs axe on every page, a few seconds a page on a loaded two-core machine.
test.describe.configure({ timeout: 180_000 });

const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;
const paths = [...sitemapPaths(), '/404.html'];

test('the sitemap lists the pages the gate checks', () => {
	expect(paths.length).toBeGreaterThanOrEqual(10);
});

for (const theme of ['light', 'dark'] as const) {
	for (const [device, viewport] of Object.entries(viewports)) {
		test(`axe finds no violations in the ${theme} theme on a ${device}`, async ({ page }) => {
			await page.setViewportSize(viewport);
			await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
			const violations: string[] = [];
			for (const path of paths) {
				await page.goto(path);
				violations.push(...(await axeViolations(page)));
			}
			expect(violations).toEqual([]);
		});
	}
}
