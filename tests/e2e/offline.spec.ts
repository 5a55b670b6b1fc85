/*
 * The offline copy: after one visit, the whole guide reads with no connection, search included;
 * a page outside the copy gets the site's offline page; and a new build replaces the old copy
 * without a reader ever seeing a mix of the two. The update test serves its own copy of dist/
 * (edited, with sw.js written again) on a port of its own, since a service worker belongs to
 * one origin and the shared preview server cannot change under the other tests.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { distDir, sitemapPaths } from '../../support/site';
import { serveDist } from '../../support/serve-dist';
import { writeOfflineCopy } from '../../src/integrations/offline';

test.use({ serviceWorkers: 'allow' });

/** Waits until the offline copy is complete (the worker activates only once every file is cached). */
async function copyKept(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		if (registration.active?.state !== 'activated') {
			await new Promise((resolve) => registration.active?.addEventListener('statechange', resolve));
		}
		return caches.keys();
	});
}

test('after one visit to the intro, every page, search and a never-visited page open offline', async ({
	page,
	context,
}) => {
	await page.goto('/');
	expect(await copyKept(page)).toHaveLength(1);
	await context.setOffline(true);

	// Not one of these was opened while online.
	for (const path of sitemapPaths()) {
		const response = await page.goto(path);
		expect(response?.status(), `${path} opens offline`).toBe(200);
		await expect(page.locator('h1').first(), `${path} shows its text offline`).toBeVisible();
	}

	await page.goto('/search/?q=apology');
	const results = page.locator('mend-search-page').getByRole('list', { name: 'Search results' });
	await expect(results.getByRole('link', { name: /^Step 1 / }).first()).toBeVisible();

	await page.goto('/1/');
	await expect(page).toHaveURL('/steps/1-apologize/');
});

test('offline, a page outside the copy shows the offline page, which links to pages that open', async ({
	page,
	context,
}) => {
	await page.goto('/');
	await copyKept(page);
	await context.setOffline(true);

	await page.goto('/a-page-that-was-never-saved/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("You're offline");
	await page.getByRole('link', { name: /^Step 3: / }).click();
	await expect(page).toHaveURL('/steps/3-time-and-space/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('time and space');
});

test('offline, a Spanish page outside the copy shows the Spanish offline page', async ({ page, context }) => {
	await page.goto('/es/');
	await copyKept(page);
	await context.setOffline(true);

	await page.goto('/es/una-pagina-que-nunca-se-guardo/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Estás sin conexión');
	await page.getByRole('link', { name: /^Paso 3: / }).click();
	await expect(page).toHaveURL('/es/pasos/3-tiempo-y-espacio/');
});

test('the copy leaves out the link-preview cards and the Pagefind UI bundles the site does not use', async ({
	page,
}) => {
	await page.goto('/');
	await copyKept(page);
	const kept = await page.evaluate(async () => {
		const [name] = await caches.keys();
		const cache = await caches.open(name ?? '');
		return (await cache.keys()).map((request) => new URL(request.url).pathname);
	});
	expect(kept).toContain('/pagefind/wasm.en.pagefind');
	expect(kept).toContain('/offline/');
	expect(kept.filter((path) => path.startsWith('/og/'))).toEqual([]);
	expect(kept.filter((path) => /^\/pagefind\/pagefind-(modular-)?ui\./.test(path))).toEqual([]);
});

test.describe('a new build', () => {
	const port = Number(process.env['MEND_TEST_PORT'] ?? 4321) + 2;
	const origin = `http://localhost:${port}`;
	let root = '';
	let server: Server | undefined;
	// One origin, one port: these tests take turns, each with a fresh copy of the build.
	test.describe.configure({ mode: 'serial' });

	test.beforeEach(async () => {
		root = join(mkdtempSync(join(tmpdir(), 'mend-offline-')), 'dist/');
		cpSync(distDir, root, { recursive: true });
		server = await serveDist(root, port);
	});

	test.afterEach(() => {
		server?.close();
		if (root) rmSync(join(root, '..'), { recursive: true, force: true });
	});

	/** Publishes a new build: the intro's title changes, and sw.js is written again for it. */
	async function publishNewBuild() {
		const file = join(root, 'index.html');
		writeFileSync(file, readFileSync(file, 'utf8').replace('<title>', '<title>New build · '));
		await writeOfflineCopy(root);
	}

	test('replaces the old copy at the next navigation, never mixing the two in one page view', async ({ page }) => {
		await page.goto(`${origin}/`);
		const [oldCopy] = await copyKept(page);
		expect(await page.title()).not.toContain('New build');

		await publishNewBuild();
		await page.goto(`${origin}/steps/2-communicate/`);
		// The browser has found the new build: it is kept beside the old one, which still serves this tab.
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.ready;
			await registration.update();
			const worker = registration.installing ?? registration.waiting;
			if (worker && worker.state !== 'installed')
				await new Promise((resolve) =>
					worker.addEventListener('statechange', () => worker.state === 'installed' && resolve(undefined)),
				);
		});
		expect(await page.evaluate(() => caches.keys())).toEqual(expect.arrayContaining([oldCopy]));
		expect(await page.evaluate(() => caches.keys())).toHaveLength(2);

		await page.goto(`${origin}/`);
		expect(await page.title(), 'the next page opened is the new build').toContain('New build');
		// The new version becomes active, and deletes the old copy, once the old worker is idle.
		await expect.poll(() => page.evaluate(() => caches.keys()), { message: 'the old copy is gone' }).toHaveLength(1);
		expect(await page.evaluate(() => caches.keys())).not.toContain(oldCopy);
		await expect(page.getByRole('button', { name: 'Search' })).toBeEnabled();
	});

	test('waits while another tab still shows the old build', async ({ page, context }) => {
		await page.goto(`${origin}/`);
		await copyKept(page);
		// The first page a reader opens is not served by the copy: this tab is, from its next page on.
		await page.goto(`${origin}/self-check/`);
		const other = await context.newPage();
		await other.goto(`${origin}/when-to-stop/`);

		await publishNewBuild();
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.ready;
			await registration.update();
		});
		await expect
			.poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).waiting?.state))
			.toBe('installed');

		await page.goto(`${origin}/`);
		expect(await page.title(), 'the old build, like the other tab').not.toContain('New build');
		await other.close();
		await page.goto(`${origin}/guide/`);
		await page.goto(`${origin}/`);
		expect(await page.title(), 'the new build, now that no other tab shows the old one').toContain('New build');
	});
});
