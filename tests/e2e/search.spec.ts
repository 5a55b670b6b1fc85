import type { Page } from '@playwright/test';
import { axeViolations, expect, MOTION, scriptsRan, STEP_PATHS, test } from './fixtures';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the guide' });
const searchButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Search', exact: true });
const pageResults = (page: Page) => page.locator('mend-search-page').getByRole('list', { name: 'Search results' });
/** The top result's link. */
const topResult = (page: Page) => pageResults(page).locator('li.result').first().getByRole('link').first();
/** A phone and a desktop, for the tests whose subject plays out differently in the two layouts. */
const SIZES = [
	['a phone', { width: 390, height: 844 }],
	['a desktop', { width: 1280, height: 900 }],
] as const;

test('a plain page load asks nothing of search', async ({ page }) => {
	const requested: string[] = [];
	page.on('request', (request) => {
		// Pagefind's files, and any stylesheet: the site inlines its own CSS, so only search's is fetched.
		const search = new URL(request.url()).pathname.startsWith('/pagefind/');
		if (search || request.resourceType() === 'stylesheet') requested.push(request.url());
	});
	for (const path of ['/', STEP_PATHS[2], '/when-to-stop/']) {
		await page.goto(path, { waitUntil: 'networkidle' });
		await expect(searchButton(page)).toBeEnabled();
	}
	expect(requested).toEqual([]);

	// Intent starts the engine: hovering the button fetches Pagefind, and no stylesheet (the site's is inline).
	await searchButton(page).hover();
	await expect.poll(() => requested.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
	expect(requested.filter((url) => url.endsWith('.css'))).toEqual([]);
});

const STEP_QUERIES: [string, number][] = [
	['apology', 1],
	['explain why', 2],
	['time space', 3],
	['trust', 4],
	['toxic', 5],
	['flaws', 5],
	['accept answer', 6],
	['forgiveness pride', 6],
];

for (const [query, step] of STEP_QUERIES) {
	test(`"${query}" finds step ${step} first`, async ({ page }) => {
		await page.goto(`/search/?q=${encodeURIComponent(query)}`);
		const first = topResult(page);
		await expect(first).toHaveAccessibleName(new RegExp(`^Step ${step} `));
		await expect(first).toHaveAttribute('href', new RegExp(`^${STEP_PATHS[step - 1]}\\?`));
	});
}

test('a section-level query links to that section and lands on it highlighted', async ({ page, problems }) => {
	await page.goto('/search/?q=toxic+people');
	const section = pageResults(page).getByRole('link', { name: 'Stay away from toxic people' });
	await expect(section).toHaveAttribute(
		'href',
		'/steps/5-work-on-yourself/?pagefind-highlight=toxic&pagefind-highlight=people#stay-away-from-toxic-people',
	);
	await section.click();
	await expect(page).toHaveURL(/\/steps\/5-work-on-yourself\/\?.*#stay-away-from-toxic-people$/);
	const heading = page.getByRole('heading', { name: 'Stay away from toxic people', level: 2 });
	await expect(heading.locator('mark')).toHaveText(['toxic', 'people']);
	await expect(heading).toBeInViewport();
	expect(problems.messages).toEqual([]);
});

test.describe('with motion', () => {
	test.use(MOTION);

	test('from the keyboard: `/`, type, arrow to a section, Enter lands on the highlighted passage', async ({
		page,
		problems,
	}) => {
		await page.goto(STEP_PATHS[0]);
		await scriptsRan(page);
		// Typed at once, while Pagefind is still loading: nothing typed may be lost.
		await page.keyboard.press('/');
		await page.keyboard.type('mutual friends');
		const input = dialog(page).getByRole('searchbox', { name: 'Search the guide' });
		await expect(input).toBeFocused();
		await expect(input).toHaveValue('mutual friends');
		const first = dialog(page).getByRole('link', { name: /^Step 3 / });
		await expect(first).toBeVisible();

		await page.keyboard.press('ArrowDown');
		await expect(first).toBeFocused();
		// The ring is drawn around the whole row, by the link's ::after that covers it.
		const outline = await first.evaluate((el) => getComputedStyle(el, '::after').outlineStyle);
		expect(outline, 'the focused result shows a focus ring').not.toBe('none');
		await page.keyboard.press('ArrowDown');
		const section = dialog(page).getByRole('link', { name: 'Fair is fair' });
		await expect(section).toBeFocused();
		await page.keyboard.press('Enter');

		await expect(page).toHaveURL(
			/\/steps\/3-time-and-space\/\?pagefind-highlight=mutual&pagefind-highlight=friends#fair-is-fair$/,
		);
		const mark = page.locator('article mark').first();
		await expect(mark).toHaveText('mutual');
		await expect(mark).toBeInViewport();
		const headerBottom = await page.getByRole('banner').evaluate((el) => el.getBoundingClientRect().bottom);
		const markTop = await mark.evaluate((el) => el.getBoundingClientRect().top);
		expect(markTop, 'the match is not under the sticky header').toBeGreaterThanOrEqual(headerBottom);
		expect(problems.messages).toEqual([]);
	});
});

test('Escape closes search and returns focus to where it was', async ({ page }) => {
	await page.goto(STEP_PATHS[1]);
	await scriptsRan(page);
	await searchButton(page).click();
	await expect(dialog(page)).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog(page)).toBeHidden();
	await expect(searchButton(page)).toBeFocused();

	const next = page.locator('a[rel="next"]');
	await next.focus();
	await page.keyboard.press('Control+k');
	await expect(dialog(page).getByRole('searchbox')).toBeFocused();
	await page.keyboard.type('trust');
	await expect(dialog(page).getByRole('link', { name: /^Step 4 / })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog(page)).toBeHidden();
	await expect(next).toBeFocused();
});

// Searching from the middle of a page, then closing the search, leaves the reader where they were.
// On a phone the page behind the full-screen dialog is not rendered while it is open
// (Search.astro): it must keep its length, and show again when the dialog closes.
for (const [device, viewport] of SIZES) {
	test(`on ${device}, the page keeps the reader's place while search is open and after it closes`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto(STEP_PATHS[2]);
		await scriptsRan(page);
		const heading = page.locator('main h2').nth(2);
		await heading.evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 100));
		const place = await page.evaluate(() => window.scrollY);
		expect(place).toBeGreaterThan(500);
		await page.keyboard.press('/');
		await expect(dialog(page).getByRole('searchbox')).toBeFocused();
		await page.keyboard.type('trust');
		await expect(dialog(page).getByRole('link', { name: /^Step 4 / })).toBeVisible();
		expect(await page.evaluate(() => window.scrollY), 'the page keeps its length while search is open').toBe(place);
		await page.keyboard.press('Escape');
		await expect(dialog(page)).toBeHidden();
		await expect(searchButton(page)).toBeFocused();
		await expect(heading).toBeInViewport();
		expect(await page.evaluate(() => window.scrollY), 'closing search leaves the page where it was').toBe(place);
	});
}

test('typing `/` in a field types a slash instead of opening search', async ({ page }) => {
	await page.goto('/search/');
	const input = page.locator('mend-search-page').getByRole('searchbox');
	await input.fill('a');
	await input.press('/');
	await expect(input).toHaveValue('a/');
	await expect(dialog(page)).toHaveCount(0);
});

test('the search page runs the query in its URL and keeps the URL in step with typing', async ({ page, problems }) => {
	await page.goto('/search/?q=toxic');
	const entries = await page.evaluate(() => history.length);
	const input = page.locator('mend-search-page').getByRole('searchbox', { name: 'Search the guide' });
	await expect(input).toHaveValue('toxic');
	await expect(page.locator('mend-search-page').getByText('1 page found for “toxic”')).toBeVisible();
	await expect(topResult(page)).toHaveAccessibleName(/^Step 5 /);

	await input.fill('');
	await input.pressSequentially('no contact');
	await expect(page).toHaveURL('/search/?q=no+contact');
	await expect(pageResults(page).getByRole('link', { name: 'When not to reach out' })).toBeVisible();
	expect(await page.evaluate(() => history.length), 'typing adds no history entries').toBe(entries);

	await page.reload();
	await expect(input).toHaveValue('no contact');
	await expect(pageResults(page).getByRole('link', { name: 'When not to reach out' })).toBeVisible();
	expect(problems.messages).toEqual([]);
});

test('the number of results is announced politely', async ({ page }) => {
	await page.goto(STEP_PATHS[0]);
	await scriptsRan(page);
	await page.evaluate(() => {
		const heard: string[] = [];
		(window as unknown as { heard: string[] }).heard = heard;
		new MutationObserver(() => {
			for (const region of document.querySelectorAll('[aria-live="polite"]')) {
				if (region.textContent?.trim()) heard.push(region.textContent.trim());
			}
		}).observe(document.body, { subtree: true, childList: true, characterData: true });
	});
	await page.keyboard.press('/');
	await page.keyboard.type('space');
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard))
		.toContainEqual(expect.stringMatching(/^\d+ pages? found for “space”$/));
});

test('the highlight clears with its button or with Escape, and stays off the page’s own links', async ({ page }) => {
	const landing = `${STEP_PATHS[2]}?pagefind-highlight=fair#fair-is-fair`;
	await page.goto(landing);
	const marks = page.locator('mark');
	await expect(page.getByRole('heading', { name: 'Fair is fair' }).locator('mark')).toHaveText(['Fair', 'fair']);
	const tableOfContents = page.getByRole('navigation', { name: 'On this page' });
	await expect(tableOfContents.getByRole('link', { name: 'Fair is fair' }).first()).toBeAttached();
	await expect(tableOfContents.locator('mark'), 'links to the page itself are left alone').toHaveCount(0);
	await expect(page.getByRole('status').filter({ hasText: 'highlighted' })).toHaveText(/^\d+ match(es)? highlighted$/);

	await page.getByRole('button', { name: 'Clear highlight' }).click();
	await expect(marks).toHaveCount(0);
	await expect(page).toHaveURL(`${STEP_PATHS[2]}#fair-is-fair`);
	await expect(page.getByRole('button', { name: 'Clear highlight' })).toBeHidden();

	await page.goto(landing);
	await expect(marks.first()).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(marks).toHaveCount(0);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

	test('search fills the screen and every result is a comfortable tap target', async ({ page }) => {
		await page.goto('/');
		await searchButton(page).tap();
		await page.keyboard.type('space');
		const cards = dialog(page).locator('.result-card');
		await expect(cards.first()).toBeVisible();
		expect((await dialog(page).boundingBox())?.width).toBe(390);
		for (const card of await cards.all()) {
			if (await card.isVisible()) expect((await card.boundingBox())?.height).toBeGreaterThanOrEqual(44);
		}
		await dialog(page).getByRole('button', { name: 'Close search' }).tap();
		await expect(dialog(page)).toBeHidden();

		// A tap anywhere on a row follows it, not only on its title.
		await searchButton(page).tap();
		const excerpt = await cards.first().locator('.result-excerpt').boundingBox();
		const card = await cards.first().boundingBox();
		if (!excerpt || !card) throw new Error('the first result has no excerpt');
		await cards.first().tap({ position: { x: excerpt.x - card.x + 4, y: excerpt.y - card.y + excerpt.height / 2 } });
		await expect(page).toHaveURL(/\/steps\/3-time-and-space\/\?pagefind-highlight=space$/);
	});
});

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`accessibility, ${colorScheme} theme`, () => {
		test.use({ colorScheme });

		test('the search modal showing results has no axe violations', async ({ page }) => {
			await page.goto(STEP_PATHS[0]);
			await scriptsRan(page);
			await page.keyboard.press('/');
			await page.keyboard.type('space');
			await expect(dialog(page).getByRole('link', { name: 'Fair is fair' })).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
		});

		test('the search page showing results has no axe violations', async ({ page }) => {
			await page.goto('/search/?q=space');
			await expect(pageResults(page).getByRole('link', { name: 'Fair is fair' })).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
		});

		test('a page with highlighted words has no axe violations', async ({ page }) => {
			await page.goto(`${STEP_PATHS[2]}?pagefind-highlight=space`);
			await expect(page.locator('mark').first()).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
		});
	});
}

test.describe('with JavaScript turned off', () => {
	test.use({ javaScriptEnabled: false });

	test('the search page says search needs JavaScript and lists every page', async ({ page }) => {
		await page.goto('/search/?q=apology');
		await expect(page.getByText('Search needs JavaScript')).toBeVisible();
		const list = page.getByRole('region', { name: 'Every page of the guide' }).getByRole('link');
		// The intro, six steps, the whole guide, the self-check, the checklist, after-you-reach-out,
		// look-after-yourself, when-to-stop and privacy.
		await expect(list).toHaveCount(14);
		await expect(searchButton(page)).toBeDisabled();
	});
});

test('when search cannot load, as in `astro dev`, the reader gets a notice and the page list', async ({ page }) => {
	await page.route('**/pagefind/**', (route) => route.abort());
	await page.goto('/search/?q=apology');
	await expect(
		page
			.getByRole('status')
			.filter({ hasText: /Search couldn't load just now/ })
			.first(),
	).toBeVisible();
	await expect(page.getByText('Search needs JavaScript')).toBeHidden();
	await expect(page.getByRole('region', { name: 'Every page of the guide' }).getByRole('link')).toHaveCount(14);

	await page.goto(STEP_PATHS[0]);
	await searchButton(page).click();
	await page.keyboard.type('apology');
	await expect(dialog(page).getByRole('status')).toHaveText(/Search couldn't load just now/);
});

test('the search box is the page’s own: shown and focused before any of Pagefind arrives, keeping what is typed', async ({
	page,
}) => {
	let release: () => void = () => undefined;
	const held = new Promise<void>((done) => (release = done));
	await page.route('**/pagefind/**', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto(STEP_PATHS[2]);
	await scriptsRan(page);
	await page.keyboard.press('/');
	const input = dialog(page).getByRole('searchbox', { name: 'Search the guide' });
	await expect(input).toBeFocused();
	await page.keyboard.type('trust');
	await expect(input).toHaveValue('trust');
	release();
	await expect(dialog(page).getByRole('link', { name: /^Step 4 / })).toBeVisible();
});

test('excerpts are the guide’s sentences, never control text or the askedAs words', async ({ page }) => {
	// "double text" is only in step 3's askedAs; "space" is in its prose and near its headings' links.
	for (const q of ['double text', 'space', 'apology']) {
		await page.goto(`/search/?q=${encodeURIComponent(q)}`);
		const excerpts = pageResults(page).locator('.result-excerpt');
		await expect(excerpts.first()).toBeVisible();
		for (const text of await excerpts.allTextContents()) {
			expect(text).not.toMatch(/Link to section|Copy link|mendq[az]|double text/i);
		}
	}
	await page.goto('/search/?q=double+text');
	await expect(pageResults(page).getByRole('link', { name: 'Fair is fair' })).toHaveAttribute('href', /#fair-is-fair$/);
});

test.describe('a search that signals danger', () => {
	const card = (scope: ReturnType<Page['locator']>) => scope.locator('[data-support]');

	test('shows the support lines first in the modal, announced, with the lines one tap away', async ({ page }) => {
		await page.goto(STEP_PATHS[0]);
		await scriptsRan(page);
		await page.keyboard.press('/');
		await page.keyboard.type('i want to die');
		const support = card(dialog(page));
		await expect(support).toBeVisible();
		await expect(support.getByRole('link', { name: /call.988/ })).toHaveAttribute('href', 'tel:988');
		await expect(support.getByRole('link', { name: /text.988/ })).toHaveAttribute('href', 'sms:988');
		await expect(support.getByRole('link', { name: 'findahelpline.com' })).toHaveAttribute(
			'href',
			'https://findahelpline.com',
		);
		await expect(support.getByRole('link', { name: 'More on finding support' })).toHaveAttribute(
			'href',
			'/when-to-stop/#if-youre-struggling',
		);
		await expect(support).toContainText('local emergency number');
		await expect(support.getByRole('heading')).toHaveText(/go through this alone/);
		// Announced: it sits in a live region, and above every result.
		await expect(support.locator('xpath=..')).toHaveAttribute('aria-live', 'assertive');
		const first = dialog(page).locator('li.result').first();
		await expect(first).toBeVisible();
		const cardBottom = (await support.boundingBox())?.y ?? Infinity;
		expect(cardBottom).toBeLessThan((await first.boundingBox())?.y ?? 0);

		await page.keyboard.press('Control+a');
		await page.keyboard.type('how do i apologize');
		await expect(support).toBeHidden();
	});

	// On /when-to-stop/ the card's link leads down the same page: the dialog must not hide where it led.
	for (const [device, viewport] of SIZES) {
		test(`on ${device}, the card's link to a section of the page it is on closes search and shows the section`, async ({
			page,
		}) => {
			await page.setViewportSize(viewport);
			await page.goto('/when-to-stop/');
			await scriptsRan(page);
			await page.keyboard.press('/');
			await page.keyboard.type('i want to die');
			await card(dialog(page)).getByRole('link', { name: 'More on finding support' }).click();
			await expect(dialog(page)).toBeHidden();
			await expect(page).toHaveURL(/\/when-to-stop\/#if-youre-struggling$/);
			await expect(page.locator('main #if-youre-struggling')).toBeInViewport();
		});
	}

	test("from the keyboard, the card's link to a section of the same page leaves Tab going on from that section", async ({
		page,
	}) => {
		await page.goto('/when-to-stop/');
		await scriptsRan(page);
		await page.keyboard.press('/');
		await page.keyboard.type('i want to die');
		await card(dialog(page)).getByRole('link', { name: 'More on finding support' }).focus();
		await page.keyboard.press('Enter');
		await expect(dialog(page)).toBeHidden();
		await page.keyboard.press('Tab');
		// The section's own link, beside its heading: the next stop after the place the card led to.
		await expect(page.getByRole('link', { name: 'Link to section: If you’re struggling' })).toBeFocused();
		await expect(page.locator('main #if-youre-struggling')).toBeInViewport();
	});

	test('shows them on /search/ from the URL, even when Pagefind cannot load', async ({ page }) => {
		await page.route('**/pagefind/**', (route) => route.abort());
		await page.goto('/search/?q=cant+go+on');
		await expect(card(page.locator('mend-search-page'))).toBeVisible();
	});
});
