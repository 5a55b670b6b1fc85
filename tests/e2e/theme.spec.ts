import { expect, test } from './fixtures';

/**
 * Records, before any page script runs, which theme <html> has when <body> first appears: a
 * theme applied only after that could show the wrong colours for a frame.
 */
async function watchFirstPaintTheme(page: import('@playwright/test').Page) {
	await page.addInitScript(() => {
		const observer = new MutationObserver(() => {
			if (!document.body) return;
			(window as unknown as { themeAtBody: string }).themeAtBody =
				document.documentElement.dataset['theme'] ?? 'system';
			observer.disconnect();
		});
		observer.observe(document, { childList: true, subtree: true });
	});
}

test('the theme follows the system until the reader picks one', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	const toggle = page.getByRole('button', { name: 'Dark theme' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await page.emulateMedia({ colorScheme: 'light' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});

test('a chosen theme is remembered across reloads and pages, with no flash', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await watchFirstPaintTheme(page);
	await page.goto('/steps/1-apologize/');
	const rootBg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	const lightBg = await rootBg();

	await page.getByRole('button', { name: 'Dark theme' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	// Polled: once in CI, a read just after the attribute changed still gave the light colour. It did
	// not happen again in 80 runs here, with or without the CPU loaded; what a reader would notice is
	// a page that does not turn dark, and that still fails.
	await expect.poll(rootBg, { message: 'the page turns dark after the toggle' }).not.toBe(lightBg);
	const darkBg = await rootBg();

	for (const path of ['/steps/1-apologize/', '/guide/']) {
		await page.goto(path);
		expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
		await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
		expect(await rootBg()).toBe(darkBg);
	}

	await page.getByRole('button', { name: 'Dark theme' }).click();
	await page.reload();
	expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('light');
});

test('a corrupted stored theme is ignored and the toggle still works', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('mend:theme', '{"broken'));
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
	await page.getByRole('button', { name: 'Dark theme' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
