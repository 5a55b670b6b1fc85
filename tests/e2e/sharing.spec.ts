/*
 * Sharing: the link previews every page carries, and the controls that put a step, a section
 * or a passage on the clipboard.
 */
import type { Browser, Page } from '@playwright/test';
import { axeViolations, expect, scriptsRan, STEP_PATHS, test } from './fixtures';

const STEP_5 = STEP_PATHS[4];

/** Width and height from a PNG's IHDR chunk, which always comes first. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
	expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe('link previews', () => {
	// Each page's tags, card and icons, and the structured data, are checked on the built files:
	// tests/dist/head.test.ts. Here, what needs a server: the manifest and its icons.
	test('the web app manifest names the site and lists icons that exist at their sizes', async ({ request }) => {
		const manifest = (await (await request.get('/manifest.webmanifest')).json()) as {
			name: string;
			short_name: string;
			theme_color: string;
			background_color: string;
			start_url: string;
			icons: { src: string; sizes: string; type: string }[];
		};
		expect(manifest.short_name).toBe('Mend');
		expect(manifest.name).toContain('Mend');
		expect(manifest.start_url).toBe('/');
		expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
		expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
		const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
		expect(pngs.map((icon) => icon.sizes)).toEqual(['192x192', '512x512']);
		for (const icon of pngs) {
			const size = Number(icon.sizes.split('x')[0]);
			expect(pngSize(await (await request.get(icon.src)).body())).toEqual({ width: size, height: size });
		}
	});

	test('each page links its language’s manifest once it has loaded, and not before', async ({ page }) => {
		// When a manifest link joins the document, and what the document's state was then.
		await page.addInitScript(() => {
			new MutationObserver((records) => {
				for (const node of records.flatMap((record) => [...record.addedNodes]))
					if (node instanceof HTMLLinkElement && node.rel === 'manifest')
						(window as unknown as { linkedWhen?: string }).linkedWhen = document.readyState;
			}).observe(document, { childList: true, subtree: true });
		});
		for (const [path, manifest] of [
			['/steps/2-communicate/', '/manifest.webmanifest'],
			['/es/', '/es/manifest.webmanifest'],
		] as const) {
			await page.goto(path);
			await expect(page.locator('head > link[rel="manifest"]')).toHaveAttribute('href', manifest);
			expect(await page.evaluate(() => (window as unknown as { linkedWhen?: string }).linkedWhen), path).toBe(
				'complete',
			);
			await expect(page.locator('head meta[name="late-link"]')).toHaveCount(0);
		}
	});
});

test.describe('share controls', () => {
	test.beforeEach(async ({ context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	});

	test('"Share this step" copies the step\'s link and says so, where there is no share sheet', async ({
		page,
		offsite,
	}) => {
		await page.goto(STEP_PATHS[2]);
		await scriptsRan(page);
		expect(await page.evaluate(() => typeof navigator.share), 'this browser has no share sheet').toBe('undefined');
		await page.getByRole('button', { name: 'Share this step' }).click();
		const status = page.locator('mend-share').getByRole('status');
		await expect(status).toHaveText('Link copied');
		await expect(status).toBeVisible();
		expect(await clipboard(page)).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
		expect(offsite.urls).toEqual([]);
	});

	test('"Share this step" opens the system share sheet where there is one', async ({ page }) => {
		await page.addInitScript(() => {
			const shared: ShareData[] = [];
			Object.assign(window, { shared });
			navigator.share = async (data?: ShareData) => void shared.push(data ?? {});
		});
		await page.goto(STEP_PATHS[2]);
		await scriptsRan(page);
		await page.getByRole('button', { name: 'Share this step' }).click();
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
			.toEqual([
				{
					title: 'Step 3: Give them time and space',
					url: await page.locator('link[rel="canonical"]').getAttribute('href'),
				},
			]);
		await expect(page.locator('mend-share').getByRole('status')).toBeEmpty();
	});

	test('a heading\'s link, reached by keyboard, copies the section\'s URL and says "Link copied"', async ({
		page,
		steps,
	}) => {
		await page.goto(STEP_5);
		await scriptsRan(page);
		const link = page.getByRole('link', { name: 'Link to section: Own your flaws' });
		await expect(link).toHaveAttribute('href', '#own-your-flaws');
		await steps.tabUntil('a[href="#own-your-flaws"][data-section-link]');
		await expect(link).toBeFocused();
		await expect
			.poll(() => link.evaluate((el) => getComputedStyle(el).opacity), { message: 'visible when focused' })
			.toBe('1');

		await page.keyboard.press('Enter');
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		await expect(page.locator('mend-section-links > [role="status"]')).toHaveText('Link copied');
		expect(await clipboard(page)).toBe(`${canonical}#own-your-flaws`);
		await expect(page).toHaveURL(`${STEP_5}#own-your-flaws`);
		await expect(page.getByRole('heading', { name: 'Own your flaws', level: 2 })).toBeInViewport();
	});

	test('the "In short" and "Try this" headings have section links too', async ({ page }) => {
		await page.goto(STEP_5);
		await scriptsRan(page);
		await page.getByRole('link', { name: 'Link to section: Try this' }).click();
		await expect(page.locator('mend-section-links > [role="status"]')).toHaveText('Link copied');
		expect(await clipboard(page)).toMatch(/\/steps\/5-work-on-yourself\/#step-5-try-this$/);
		await expect(page.getByRole('link', { name: 'Link to section: In short' })).toHaveAttribute(
			'href',
			'#step-5-in-short',
		);
	});

	test('heading links show on hover with a mouse', async ({ page }) => {
		await page.goto(STEP_5);
		const link = page.getByRole('link', { name: 'Link to section: Get over your fears' });
		expect(await link.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
		await page.getByRole('heading', { name: 'Get over your fears' }).hover();
		await expect.poll(() => link.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
	});

	// That every section link points at the one heading with its id is checked on the built files:
	// tests/dist/links.test.ts.
});

test.describe('passage links', () => {
	test.beforeEach(async ({ context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	});

	/** Drags the mouse across `text` inside `paragraph`, as a reader selects it. */
	async function selectWithMouse(page: Page, text: string) {
		const box = await page.evaluate((needle) => {
			const walker = document.createTreeWalker(document.querySelector('.prose') as Node, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const at = node.textContent?.indexOf(needle) ?? -1;
				if (at === -1) continue;
				(node.parentElement as Element).scrollIntoView({ block: 'center', behavior: 'instant' });
				const range = document.createRange();
				range.setStart(node, at);
				range.setEnd(node, at + needle.length);
				const rects = range.getClientRects();
				const first = rects[0] as DOMRect;
				const last = rects[rects.length - 1] as DOMRect;
				return {
					x1: first.left + 1,
					y1: first.top + first.height / 2,
					x2: last.right - 1,
					y2: last.top + last.height / 2,
				};
			}
			throw new Error(`"${needle}" is not in the text`);
		}, text);
		await page.mouse.move(box.x1, box.y1);
		await page.mouse.down();
		await page.mouse.move(box.x2, box.y2, { steps: 5 });
		await page.mouse.up();
	}

	const passage = 'Have you noticed how a toxic friend can color the way you think';

	/** Opens a copied link as the friend it was sent to would, on a phone, where the passage starts out of view. */
	async function openAsReader(browser: Browser, copied: string, paragraphText: string) {
		const reader = await browser.newPage({ viewport: { width: 390, height: 700 } });
		const url = new URL(copied);
		await reader.goto(`${url.pathname}${url.hash}`);
		await expect(reader.locator('.prose p', { hasText: paragraphText })).toBeInViewport();
		expect(await reader.evaluate(() => window.scrollY), 'the page scrolled to the passage').toBeGreaterThan(500);
		await reader.close();
	}

	test('selecting text offers a passage link, reachable with Tab, that opens the page at the passage', async ({
		page,
		browser,
		offsite,
	}) => {
		await page.goto(STEP_5);
		await scriptsRan(page);
		const button = page.getByRole('button', { name: 'Copy link to this passage' });
		await expect(button).toBeHidden();
		await selectWithMouse(page, passage);
		await expect(button).toBeVisible();
		await expect(button).toBeInViewport();

		await page.keyboard.press('Tab');
		await expect(button).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('mend-section-links > [role="status"]')).toHaveText('Link copied');
		const copied = await clipboard(page);
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		expect(copied.startsWith(`${canonical}#:~:text=`), copied).toBe(true);
		expect(decodeURIComponent(copied.split('#:~:text=')[1] ?? '')).toBe(passage);

		await openAsReader(browser, copied, passage);
		expect(offsite.urls).toEqual([]);
	});

	test('a selection made without a mouse gets the passage link, and the keyboard reaches it', async ({ page }) => {
		await page.goto(STEP_5);
		await scriptsRan(page);
		// As caret browsing or a screen reader's selection command would: the selection changes, no mouse.
		await page.getByRole('link', { name: 'Skip to content' }).focus();
		await page.keyboard.press('Enter');
		await page.evaluate((needle) => {
			const paragraph = [...document.querySelectorAll('.prose p')].find((p) => p.textContent?.includes(needle));
			const text = paragraph?.firstChild as Text;
			const at = (text.textContent ?? '').indexOf(needle);
			document.getSelection()?.setBaseAndExtent(text, at, text, at + needle.length);
		}, passage);
		const button = page.getByRole('button', { name: 'Copy link to this passage' });
		await expect(button).toBeVisible();
		await page.keyboard.press('Tab');
		await expect(button).toBeFocused();
		await page.keyboard.press('Enter');
		expect(decodeURIComponent(await clipboard(page))).toMatch(new RegExp(`#:~:text=${passage}$`));

		await page.keyboard.press('Escape');
		await expect(button).toBeHidden();
	});

	test('a passage whose words appear elsewhere on the page is pinned down by the words around it', async ({
		page,
		browser,
	}) => {
		await page.goto(STEP_5);
		await scriptsRan(page);
		// "Own your flaws" is also the section's heading and its entry in the table of contents.
		await selectWithMouse(page, 'own your flaws');
		await page.getByRole('button', { name: 'Copy link to this passage' }).click();
		const directive = (await clipboard(page)).split('#:~:text=')[1] ?? '';
		expect(directive).toBe('To-,own%20your%20flaws,-is%20to%20admit');
		await openAsReader(browser, await clipboard(page), 'To own your flaws is to admit');
	});

	test('where text fragments are not supported, the passage button copies the section link', async ({ page }) => {
		await page.addInitScript(() => {
			delete (Document.prototype as { fragmentDirective?: unknown }).fragmentDirective;
		});
		await page.goto(STEP_5);
		await scriptsRan(page);
		await selectWithMouse(page, passage);
		await page.getByRole('button', { name: 'Copy link to this section' }).click();
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		expect(await clipboard(page)).toBe(`${canonical}#stay-away-from-toxic-people`);
	});

	test('the controls and their messages pass axe', async ({ page }) => {
		await page.goto(STEP_5);
		await scriptsRan(page);
		await selectWithMouse(page, passage);
		await page.getByRole('button', { name: 'Copy link to this passage' }).click();
		await expect(page.locator('mend-section-links > [role="status"]')).toHaveText('Link copied');
		await page.getByRole('button', { name: 'Share this step' }).click();
		await expect(page.locator('mend-share').getByRole('status')).toHaveText('Link copied');
		expect(await axeViolations(page)).toEqual([]);
	});
});

test.describe('with JavaScript turned off', () => {
	test.use({ javaScriptEnabled: false });

	test('heading links are plain links to their sections, and no control that needs a script shows', async ({
		page,
	}) => {
		await page.goto(STEP_5);
		await expect(page.getByRole('button', { name: 'Share this step' })).toBeHidden();
		await expect(page.getByRole('button', { name: 'Copy link to this passage' })).toBeHidden();
		await page.getByRole('link', { name: 'Link to section: Stay away from toxic people' }).click();
		await expect(page).toHaveURL(`${STEP_5}#stay-away-from-toxic-people`);
		await expect(page.getByRole('heading', { name: 'Stay away from toxic people' })).toBeInViewport();
	});
});

test.describe('on a touch screen', () => {
	test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

	test('heading links are always shown, since there is no hover', async ({ page }) => {
		await page.goto(STEP_5);
		const hoverNone = await page.evaluate(() => matchMedia('(hover: none)').matches);
		expect(hoverNone, 'this emulated phone reports no hover').toBe(true);
		const opacity = await page
			.getByRole('link', { name: 'Link to section: Own your flaws' })
			.evaluate((el) => Number(getComputedStyle(el).opacity));
		expect(opacity).toBeGreaterThan(0.5);
	});
});
