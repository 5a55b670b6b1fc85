import { languageOf, readingPages } from '../../support/site';
import { expect, STEP_PATHS, test } from './fixtures';

const pages = readingPages();

/** A string of the table of the language a page is in ("Steps", "Pasos"); a missing key fails by name. */
function said(path: string, key: string): string {
	const text = languageOf(path).strings[key];
	if (text === undefined) throw new Error(`${path}: its language has no "${key}"`);
	return text;
}

/**
 * The visible text blocks of a page's main landmark, in order. Controls that can only work with
 * JavaScript (marked `data-js-only`) and live status messages are not text the page must show.
 */
async function visibleBlocks(page: import('@playwright/test').Page): Promise<string[]> {
	return page
		.locator('main')
		.locator('h1, h2, h3, h4, p, li, blockquote, legend, label, dt, dd')
		.evaluateAll((els) =>
			els
				.filter((el) => el.checkVisibility() && !el.closest('[data-js-only], [role="status"]'))
				.map((el) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
		);
}

/*
 * Each page once for three things a reader must be able to count on: with JavaScript off, every
 * text it shows with JavaScript on, and its heading and navigation; on a 320 px phone, no sideways
 * scroll and readable text. One test a page, so a failure names the page, and three loads instead
 * of the four that separate tests took.
 */
for (const { path } of pages) {
	test(`${path}: with JavaScript off, all its text and its navigation; on a 320px phone, no horizontal scroll and readable text`, async ({
		page,
		browser,
	}) => {
		await page.goto(path);
		const withJs = await visibleBlocks(page);

		const noScript = await browser.newContext({ javaScriptEnabled: false });
		try {
			const plain = await noScript.newPage();
			await plain.goto(path);
			const withoutJs = new Set(await visibleBlocks(plain));
			expect(
				withJs.filter((text) => !withoutJs.has(text)),
				'text missing without JavaScript',
			).toEqual([]);
			await expect(plain.locator('h1')).toBeVisible();
			await expect(plain.getByRole('navigation', { name: said(path, 'header.menuLabel') })).toBeVisible();
			await expect(
				plain.getByRole('contentinfo').getByRole('link', { name: said(path, 'model.guideLabel') }),
			).toBeVisible();
			const text = await plain.getByRole('main').innerText();
			expect(text.length, 'main has real text without JavaScript').toBeGreaterThan(300);
			await expect(
				plain.getByRole('button', { name: said(path, 'theme.toggle') }),
				'a toggle that cannot work is hidden',
			).toBeHidden();
		} finally {
			await noScript.close();
		}

		await page.setViewportSize({ width: 320, height: 640 });
		const response = await page.reload();
		expect(response?.status(), 'page is served').toBeLessThan(path.endsWith('/404.html') ? 500 : 400);
		await expect(page.locator('h1')).toBeVisible();
		await expect(page.getByRole('main')).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, 'at 320px the page is no wider than the screen').toBeLessThanOrEqual(0);
		const size = await page.evaluate(() =>
			parseFloat(
				getComputedStyle((document.querySelector('.prose p') ?? document.querySelector('main p')) as Element).fontSize,
			),
		);
		expect(size, 'at 320px body text is at least 18px').toBeGreaterThanOrEqual(18);
	});
}

test.describe('with JavaScript turned off', () => {
	test.use({ javaScriptEnabled: false });

	test('the step menu and the table of contents open without scripts', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(STEP_PATHS[4]);
		await page.getByText('All steps').click();
		await page
			.getByRole('navigation', { name: 'Steps' })
			.getByRole('link', { name: /Give them time and space/ })
			.click();
		await expect(page).toHaveURL(STEP_PATHS[2]);
		await page.locator('summary', { hasText: 'On this page' }).click();
		await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Try this' }).click();
		await expect(page.getByRole('heading', { name: 'Try this' })).toBeInViewport();
	});
});

test('a step reads at a comfortable line length on a wide screen', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto(STEP_PATHS[0]);
	const chars = await page.evaluate(() => {
		const p = document.querySelector('.prose p') as HTMLElement;
		const probe = document.createElement('span');
		probe.textContent = 'abcdefghijklmnopqrstuvwxyz'.repeat(4);
		probe.style.whiteSpace = 'nowrap';
		p.append(probe);
		const perChar = probe.getBoundingClientRect().width / probe.textContent.length;
		probe.remove();
		return p.getBoundingClientRect().width / perChar;
	});
	expect(chars).toBeGreaterThan(55);
	expect(chars).toBeLessThan(80);
});

// That no page asks any other site for anything or sets a cookie is checked in the walk of
// tests/e2e/console.spec.ts, which loads every page once for everything a page must never do.
