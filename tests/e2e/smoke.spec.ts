/*
 * The path most readers take, run twice by playwright.config.ts: once against `astro preview`
 * and once against dist/ served with the generated _headers, where the header CSP applies too.
 */
import { expect, STEP_PATHS, test } from './fixtures';

test('a reader goes from the intro through the steps, picks a theme and opens the whole guide', async ({
	page,
	problems,
	offsite,
}) => {
	await page.goto('/');
	await page
		.getByRole('link', { name: /^Step 1:/ })
		.first()
		.click();
	await expect(page).toHaveURL(STEP_PATHS[0]);
	await page.locator('a[rel="next"]').click();
	await expect(page).toHaveURL(STEP_PATHS[1]);

	await page.getByRole('button', { name: 'Dark theme' }).click();
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

	await page.getByText('All steps').click();
	await page.getByRole('link', { name: 'The whole guide on one page' }).first().click();
	await expect(page).toHaveURL('/guide/');
	await expect(page.getByRole('heading', { level: 2, name: 'Work on yourself' })).toBeAttached();

	expect(problems.messages).toEqual([]);
	expect(offsite.urls).toEqual([]);
});
