import { readingPages } from '../../support/site';
import { expect, MOTION, STEP_PATHS, test } from './fixtures';

const pages = readingPages();

test('the built site has the pages the content brief lists', () => {
	const paths = pages.map((page) => page.path);
	for (const path of ['/', ...STEP_PATHS, '/guide/', '/when-to-stop/', '/404.html']) expect(paths).toContain(path);
});

// Each page's title, its one h1 and its language are checked on the built files (tests/dist/head.test.ts);
// that each is served and shows its h1 and main is checked in the 320px walk of tests/e2e/reading.spec.ts.

test('each step page says where it is in the guide', async ({ page }) => {
	for (const [index, path] of STEP_PATHS.entries()) {
		await page.goto(path);
		await expect(page.getByText(`Step ${index + 1} of 6`, { exact: true })).toBeVisible();
		await expect(page.getByRole('link', { name: new RegExp(`^Step ${index + 1}:`) }).first()).toHaveAttribute(
			'aria-current',
			'step',
		);
		await expect(page.getByText(/^\d+ min read$/)).toBeVisible();
		await expect(page.getByRole('heading', { name: 'In short' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Try this' })).toBeVisible();
	}
});

test('the intro shows the six steps as cards with reading times', async ({ page }) => {
	await page.goto('/');
	const cards = page
		.getByRole('list')
		.filter({ has: page.getByRole('heading', { level: 3 }) })
		.getByRole('listitem');
	await expect(cards).toHaveCount(6);
	for (const [index, path] of STEP_PATHS.entries()) {
		const card = cards.nth(index);
		await expect(card.getByRole('link')).toHaveAttribute('href', path);
		await expect(card.getByText(/^\d+ min read$/)).toBeVisible();
	}
});

// That /guide/ keeps every section id of the step pages is checked on the built files: tests/dist/head.test.ts.

test.describe('with motion', () => {
	test.use(MOTION);

	test('step 5 links its three sub-points from its table of contents', async ({ page }) => {
		await page.goto('/steps/5-work-on-yourself/');
		await page.setViewportSize({ width: 390, height: 844 });
		const toc = page.getByRole('navigation', { name: 'Contents' });
		await toc.getByText('On this page').click();
		for (const name of ['Own your flaws', 'Get over your fears', 'Stay away from toxic people']) {
			await toc.getByRole('link', { name }).click();
			await expect(page.getByRole('heading', { name, level: 2 })).toBeInViewport();
		}
	});
});

test('an unknown URL shows the helpful 404 page', async ({ page }) => {
	const response = await page.goto('/steps/7-nothing/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("This page isn't here");
	await expect(page.getByRole('main').getByRole('link', { name: /^Step \d:/ })).toHaveCount(6);
});
