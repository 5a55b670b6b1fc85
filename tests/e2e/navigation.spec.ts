import { expect, STEP_PATHS, test } from './fixtures';

test('next links walk from step 1 to step 6, previous links walk back', async ({ page }) => {
	await page.goto(STEP_PATHS[0]);
	for (const path of STEP_PATHS.slice(1)) {
		await page.locator('a[rel="next"]').click();
		await expect(page).toHaveURL(path);
	}
	await expect(page.locator('a[rel="next"]')).toHaveCount(0);
	for (const path of [...STEP_PATHS].reverse().slice(1)) {
		await page.locator('a[rel="prev"]').click();
		await expect(page).toHaveURL(path);
	}
	await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
});

test('the step list in the header reaches every step from every kind of page', async ({ page, steps }) => {
	// From the intro each step is followed; on every other kind of page the menu's first links are
	// the same six steps, in order, and one of them (a different one each time) is followed too.
	const kinds = ['/', '/guide/', '/when-to-stop/', STEP_PATHS[2]];
	for (const [kind, from] of kinds.entries()) {
		await page.goto(from);
		const hrefs = await (await steps.menuLinks()).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(hrefs.slice(0, STEP_PATHS.length), `the step menu on ${from}`).toEqual([...STEP_PATHS]);
		const followed = kind === 0 ? [...STEP_PATHS.keys()] : [(kind * 2 + 1) % STEP_PATHS.length];
		for (const index of followed) {
			await page.goto(from);
			const links = await steps.menuLinks();
			await links.nth(index).click();
			await expect(page).toHaveURL(STEP_PATHS[index] ?? '');
		}
	}
});

test('a keyboard alone can skip to the text and move on to the next step', async ({ page, steps }) => {
	await page.goto(STEP_PATHS[2]);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('main')).toBeFocused();

	await steps.tabUntil('a[rel="next"]');
	const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
	expect(outline, 'focused link shows a focus ring').not.toBe('none');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(STEP_PATHS[3]);
});

test('the step menu opens and closes from the keyboard', async ({ page, steps }) => {
	await page.goto('/');
	await steps.tabUntil('nav[aria-label="Steps"] summary');
	await page.keyboard.press('Enter');
	const first = page.getByRole('navigation', { name: 'Steps' }).getByRole('link').first();
	await expect(first).toBeVisible();
	await page.keyboard.press('Tab');
	await expect(first).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(STEP_PATHS[0]);
});
