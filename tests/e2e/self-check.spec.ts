import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeViolations, breakStorage, seedStorage, toolScript } from './tools';

const KEY = 'mend:self-check';

/** The question groups, in page order. */
const groups = (page: Page) => page.getByRole('main').getByRole('group');

/** Answers question `index` (0-based) by clicking its label, as a reader on a phone taps it. */
async function tap(page: Page, index: number, answer: 'Yes' | 'Not yet' | 'Not sure') {
	await groups(page).nth(index).getByText(answer, { exact: true }).click();
}

/** Answers every question "Yes" except the ones given, in page order. */
async function answerAll(page: Page, others: Record<number, 'Not yet' | 'Not sure'> = {}) {
	const count = await groups(page).count();
	for (let i = 0; i < count; i++) await tap(page, i, others[i] ?? 'Yes');
}

/** The result, whichever reading it gives. */
const result = (page: Page) => page.getByRole('region').filter({ hasText: 'This is a reflection aid' });

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

	test('a reader answers every question and sees which steps to revisit', async ({ page, offsite }) => {
		await page.goto('/self-check/');
		const status = page.getByRole('status').filter({ hasText: 'answered' });
		await expect(groups(page)).toHaveCount(8);
		await expect(status).toHaveText('0 of 8 answered, 8 to go');

		// In any order, changing an answer on the way.
		await tap(page, 7, 'Yes');
		await tap(page, 2, 'Not sure');
		await tap(page, 2, 'Not yet');
		await expect(status).toHaveText('2 of 8 answered, 6 to go');
		for (const i of [0, 1, 3, 4, 5]) await tap(page, i, 'Yes');
		await expect(status).toHaveText('7 of 8 answered, 1 to go');
		await expect(page.getByRole('heading', { name: 'Steps to revisit' })).toBeHidden();

		await tap(page, 6, 'Not sure');
		await expect(status).toHaveText('All 8 answered. Your result is below.');
		const heading = page.getByRole('heading', { level: 2, name: 'You’re nearly ready' });
		await expect(heading).toBeFocused();
		await expect(heading).toBeInViewport();
		const region = result(page);
		await expect(region.getByText('One or two things still need some work.')).toBeVisible();
		await expect(region.getByRole('link', { name: /^Step \d:/ })).toHaveText([
			'Step 2: Communicate honestly and effectively',
			'Step 5: Work on yourself',
		]);
		await expect(region.getByRole('link', { name: /^Read/ })).toHaveText([
			'Read “Say what was really going on”',
			'Read “Get over your fears”',
		]);
		await expect(region.getByText('This is a reflection aid, not advice from a professional.')).toBeVisible();
		await expect(region.getByRole('link', { name: 'When not to reach out, and where to get support' })).toHaveAttribute(
			'href',
			'/when-to-stop/',
		);
		expect(offsite.urls).toEqual([]);
	});
});

test('the whole self-check works from the keyboard alone', async ({ page, steps }) => {
	await page.goto('/self-check/');
	await steps.tabUntil('fieldset input[type="radio"]');
	const count = await groups(page).count();
	for (let i = 0; i < count - 1; i++) {
		// Space picks "Yes" in every group but the third, where the arrow keys move on to "Not sure".
		if (i === 2) {
			await page.keyboard.press('ArrowDown');
			await page.keyboard.press('ArrowDown');
		} else {
			await page.keyboard.press('Space');
		}
		await page.keyboard.press('Tab');
	}
	await expect(page.getByRole('status').filter({ hasText: 'answered' })).toHaveText('7 of 8 answered, 1 to go');

	// Arrowing through the last group must not pull focus away before the reader has chosen.
	await page.keyboard.press('ArrowDown');
	await expect(
		groups(page)
			.nth(count - 1)
			.getByRole('radio', { name: 'Not yet' }),
	).toBeFocused();
	await page.keyboard.press('ArrowDown');
	const lastChoice = groups(page)
		.nth(count - 1)
		.getByRole('radio', { name: 'Not sure' });
	await expect(lastChoice).toBeFocused();
	await expect(lastChoice).toBeChecked();
	await expect(result(page)).toBeVisible();

	await page.keyboard.press('Tab');
	await expect(page.getByRole('heading', { level: 2, name: 'You’re nearly ready' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Step 2: Communicate honestly and effectively' })).toBeFocused();

	// Back past "Start over" to the last group: changing an answer now updates the result in place.
	await page.keyboard.press('Shift+Tab');
	await expect(page.getByRole('button', { name: 'Start over' })).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await expect(lastChoice).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(
		groups(page)
			.nth(count - 1)
			.getByRole('radio', { name: 'Yes' }),
	).toBeChecked();
	await expect(page.getByRole('heading', { level: 2, name: 'You’re nearly ready' })).toBeVisible();
	await expect(
		groups(page)
			.nth(count - 1)
			.getByRole('radio', { name: 'Yes' }),
	).toBeFocused();
});

test.describe('readings', () => {
	for (const [name, others, heading, revisit] of [
		['every answer yes', {}, 'You look ready to reach out', []],
		[
			'three not yet',
			{ 0: 'Not yet', 4: 'Not sure', 7: 'Not yet' },
			'Not yet, and that’s all right',
			['Step 1: You owe them an apology', 'Step 4: Rebuild the trust you broke', /^Step 6:/],
		],
	] as const) {
		test(`${name} reads "${heading}"`, async ({ page }) => {
			await page.goto('/self-check/');
			await answerAll(page, others);
			await expect(page.getByRole('heading', { level: 2, name: heading })).toBeFocused();
			await expect(result(page).getByRole('link', { name: /^Step \d:/ })).toHaveText([...revisit]);
			await expect(page.getByRole('heading', { name: 'Steps to revisit' })).toBeVisible({
				visible: revisit.length > 0,
			});
			await expect(
				result(page).getByRole('link', { name: 'When not to reach out, and where to get support' }),
			).toBeVisible();
		});
	}
});

test('every link in a result reaches the exact section it names', async ({ page }) => {
	await page.goto('/self-check/');
	await answerAll(page, Object.fromEntries(Array.from({ length: 8 }, (_, i) => [i, 'Not yet'] as const)));
	const links = result(page).getByRole('link', { name: /^Read “/ });
	await expect(links).toHaveCount(8);
	const targets = await links.evaluateAll((els) =>
		els.map((el) => ({ href: el.getAttribute('href') ?? '', name: el.textContent ?? '' })),
	);
	for (const { href, name } of targets) {
		await page.goto('/self-check/');
		await result(page).getByRole('link', { name, exact: true }).first().click();
		await expect(page).toHaveURL(href);
		const section = name.replace(/^Read “|”$/g, '');
		await expect(page.getByRole('heading', { name: section, exact: true })).toBeInViewport();
	}
});

test('answers survive a reload and a later visit, and "Start over" clears them', async ({ page }) => {
	await page.goto('/self-check/');
	await answerAll(page, { 1: 'Not sure' });
	await page.reload();
	await expect(groups(page).nth(1).getByRole('radio', { name: 'Not sure' })).toBeChecked();
	await expect(page.getByRole('heading', { level: 2, name: 'You’re nearly ready' })).toBeVisible();
	await expect(
		page.getByRole('heading', { level: 2, name: 'You’re nearly ready' }),
		'no focus jump on load',
	).not.toBeFocused();

	await page.goto('/');
	await page.goto('/self-check/');
	await expect(page.getByRole('status').filter({ hasText: 'answered' })).toHaveText(
		'All 8 answered. Your result is below.',
	);

	await page.getByRole('button', { name: 'Start over' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'answered' })).toHaveText('0 of 8 answered, 8 to go');
	await expect(page.getByRole('main').getByRole('radio', { checked: true })).toHaveCount(0);
	await expect(result(page)).toBeHidden();
	await expect(groups(page).first().getByRole('radio').first()).toBeFocused();
	expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
	await page.reload();
	await expect(page.getByRole('main').getByRole('radio', { checked: true })).toHaveCount(0);
});

test.describe('stored answers that cannot be used', () => {
	for (const [name, stored] of [
		['corrupted JSON', '{"v":1,"data":{"answers":{"can-you'],
		['a value of the wrong shape', '{"v":1,"data":{"answers":["yes","yes"]}}'],
		['answers from a newer version', '{"v":99,"data":{"answers":{}}}'],
		[
			'answers that are not answers',
			'{"v":1,"data":{"answers":{"do-you-truly-believe-that-what-you-did-was-wrong":"maybe"}}}',
		],
	] as const) {
		test(`${name} leaves an empty self-check that works`, async ({ page }) => {
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			await seedStorage(page, KEY, stored);
			await page.goto('/self-check/');
			await expect(page.getByRole('status').filter({ hasText: 'answered' })).toHaveText('0 of 8 answered, 8 to go');
			await answerAll(page);
			await expect(page.getByRole('heading', { level: 2, name: 'You look ready to reach out' })).toBeFocused();
			expect(errors).toEqual([]);
		});
	}

	test('answers from a newer version are kept untouched, and the self-check says so', async ({ page }) => {
		const newer = '{"v":99,"data":{"answers":{"x":"yes"},"more":true}}';
		await seedStorage(page, KEY, newer);
		await page.goto('/self-check/');
		await expect(page.getByText('Your saved answers were made with a newer version')).toBeVisible();
		await answerAll(page);
		await expect(page.getByRole('heading', { level: 2, name: 'You look ready to reach out' })).toBeFocused();
		expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(newer);
	});

	test('storage that throws still gives a result, and says the answers will not be kept', async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await breakStorage(page);
		await page.goto('/self-check/');
		await expect(page.getByText("Your browser isn't letting this page save anything")).toBeVisible();
		await answerAll(page, { 3: 'Not yet' });
		await expect(page.getByRole('heading', { level: 2, name: 'You’re nearly ready' })).toBeFocused();
		await page.getByRole('button', { name: 'Start over' }).click();
		await expect(result(page)).toBeHidden();
		expect(errors).toEqual([]);
	});
});

test.describe('with JavaScript turned off', () => {
	test.use({ javaScriptEnabled: false });

	test('the questions read as a printable list, each with its step', async ({ page }) => {
		await page.goto('/self-check/');
		await expect(page.getByText('Turn on JavaScript to see your result, or use this as a printed list')).toBeVisible();
		await expect(groups(page)).toHaveCount(8);
		await expect(groups(page).first()).toContainText('Can you apologize without adding “but” or an excuse?');
		await expect(groups(page).first()).toContainText('Step 1: You owe them an apology');
		const steps = await page.locator('fieldset .relates').allInnerTexts();
		expect(new Set(steps.map((text) => text.slice(0, 6)))).toEqual(
			new Set(['Step 1', 'Step 2', 'Step 3', 'Step 4', 'Step 5', 'Step 6']),
		);
		await expect(page.getByRole('button', { name: 'Start over' })).toBeHidden();
		await expect(result(page)).toBeHidden();
	});
});

test('prints the questions without the controls', async ({ page }) => {
	await page.goto('/self-check/');
	await page.emulateMedia({ media: 'print' });
	await expect(groups(page)).toHaveCount(8);
	await expect(groups(page).first()).toBeVisible();
	await expect(page.getByRole('button', { name: 'Start over' })).toBeHidden();
	await expect(page.getByText('Turn on JavaScript to see your result')).toBeHidden();
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`the questions and the result have no accessibility violations (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto('/self-check/');
		await tap(page, 0, 'Not sure');
		expect(await axeViolations(page)).toEqual([]);
		await answerAll(page, { 0: 'Not sure', 5: 'Not yet' });
		await expect(result(page)).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
}

test('the self-check’s script is small and loads only on its page', () => {
	const { pages, brotli } = toolScript('mend-self-check');
	expect(pages).toEqual(['/self-check/']);
	for (const size of brotli) expect(size, 'brotli bytes').toBeLessThanOrEqual(4096);
});
