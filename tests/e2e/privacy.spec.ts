/*
 * /privacy/: one confirmed action deletes everything the site keeps on the device (the tools'
 * state, the theme, the offline copy and its service worker); without JavaScript the page says
 * how to do it in the browser.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { stored } from './tools';

test.use({ serviceWorkers: 'allow' });

/** What the site has left in this browser. */
function leftBehind(page: Page) {
	return page.evaluate(async () => ({
		localStorage: Object.keys(localStorage).sort(),
		caches: await caches.keys(),
		serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
	}));
}

test('after using both tools and the offline copy, one confirmed action leaves nothing behind', async ({ page }) => {
	await page.goto('/self-check/');
	// Each tool saves what it is given once its script has arrived, which may be just after: wait.
	const saved = (key: string) => expect.poll(() => stored(page, key));
	await page.locator('fieldset[data-question]').first().getByRole('radio', { name: 'Yes' }).check();
	await saved('mend:self-check').not.toBeNull();
	await page.getByRole('button', { name: 'Dark theme' }).click();
	await page.goto('/apology-checklist/');
	await page.getByRole('checkbox', { name: 'Be ready to accept no.' }).check();
	await page.getByRole('textbox', { name: 'Your apology, in your own words' }).fill('A draft on a shared phone.');
	await saved('mend:apology-checklist').toContain('A draft on a shared phone.');
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		return registration.active?.state;
	});
	await page
		.getByRole('contentinfo')
		.getByRole('link', { name: /^Privacy/ })
		.click();
	await expect(page).toHaveURL('/privacy/');
	const before = await leftBehind(page);
	expect(before.localStorage).toEqual(['mend:apology-checklist', 'mend:self-check', 'mend:theme']);
	expect(before.caches).toHaveLength(1);
	expect(before.serviceWorkers).toBe(1);

	await page.getByRole('button', { name: 'Delete everything this site keeps' }).click();
	const dialog = page.getByRole('dialog', { name: 'Delete everything?' });
	await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
	await dialog.getByRole('button', { name: 'Keep it' }).click();
	await expect(dialog).toBeHidden();
	expect(await leftBehind(page), 'keeping it deletes nothing').toEqual(before);

	await page.getByRole('button', { name: 'Delete everything this site keeps' }).click();
	await dialog.getByRole('button', { name: 'Delete everything' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Done.' })).toHaveText(
		'Done. Everything this site kept on this device is deleted.',
	);
	await expect(page.getByRole('button', { name: 'Delete everything this site keeps' })).toBeFocused();
	expect(await leftBehind(page)).toEqual({ localStorage: [], caches: [], serviceWorkers: 0 });
});

test('both tools link to the privacy page', async ({ page }) => {
	for (const path of ['/self-check/', '/apology-checklist/']) {
		await page.goto(path);
		await page.getByRole('main').getByRole('link', { name: 'what this site keeps, and how to delete it' }).click();
		await expect(page).toHaveURL('/privacy/');
	}
});

test.describe('with JavaScript turned off', () => {
	test.use({ javaScriptEnabled: false });

	test('the page says how to clear the site data in the browser, and shows no button', async ({ page }) => {
		await page.goto('/privacy/');
		await expect(page.getByText("With JavaScript off, this page can't delete anything for you")).toBeVisible();
		await expect(page.getByRole('button', { name: 'Delete everything this site keeps' })).toBeHidden();
	});
});
