/*
 * Accessibility gate: axe with the WCAG 2.2 A/AA tags and best practices, on every URL in the
 * sitemap (and the 404), in both themes, on a phone and a desktop viewport. Zero violations.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { sitemapPaths } from '../site';
import { expect, test } from './fixtures';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** Runs axe on the page as it is now and returns one line per violation and element. */
export async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	return results.violations.flatMap((violation) =>
		violation.nodes.map((node) => `${page.url()} ${node.target.join(' ')}: ${violation.id} (${violation.help})`),
	);
}

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
