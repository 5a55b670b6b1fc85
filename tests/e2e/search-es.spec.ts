/*
 * Search on the Spanish site (/es/buscar/ and the modal on Spanish pages): it searches Spanish
 * pages only, and a Spanish query that signals danger shows the Spanish support card first, before
 * anything of Pagefind has loaded. Accuracy is search-accuracy.spec.ts's.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, scriptsRan, test } from './fixtures';

const searchPage = (page: Page) => page.locator('mend-search-page');
const results = (page: Page) => searchPage(page).getByRole('list', { name: 'Resultados de la búsqueda' });
const card = (scope: Locator) => scope.locator('[data-support]');

/** Every result's page path once the list shows the query, with the top row painted. */
async function resultPaths(page: Page, query: string): Promise<string[]> {
	await page.goto(`/es/buscar/?q=${encodeURIComponent(query)}`);
	await expect(results(page)).toHaveAttribute('data-for', query);
	await expect(results(page).locator('li.result').first().getByRole('link').first()).toBeVisible();
	return results(page)
		.getByRole('link')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test.describe('each language searches only its own pages', () => {
	test('a Spanish query on /es/buscar/ finds only /es/ pages', async ({ page }) => {
		for (const query of ['perdón', 'confianza', 'me bloqueó']) {
			const paths = await resultPaths(page, query);
			expect(paths.length, `"${query}" finds pages`).toBeGreaterThan(0);
			expect(
				paths.filter((path) => !path.startsWith('/es/')),
				`"${query}" lists no English page`,
			).toEqual([]);
		}
	});

	test('an English query on /search/ finds only English pages', async ({ page }) => {
		for (const query of ['apology', 'trust', 'blocked']) {
			await page.goto(`/search/?q=${query}`);
			const list = searchPage(page).getByRole('list', { name: 'Search results' });
			await expect(list).toHaveAttribute('data-for', query);
			await expect(list.locator('li.result').first().getByRole('link').first()).toBeVisible();
			const paths = await list
				.getByRole('link')
				.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
			expect(paths.length, `"${query}" finds pages`).toBeGreaterThan(0);
			expect(
				paths.filter((path) => path.startsWith('/es/')),
				`"${query}" lists no Spanish page`,
			).toEqual([]);
		}
	});
});

test.describe('a Spanish search that signals danger', () => {
	for (const query of ['quiero morir', 'no puedo más', 'no puedo mas', 'me quiero matar']) {
		test(`"${query}" shows the Spanish support card before Pagefind loads`, async ({ page }) => {
			// Pagefind never answers: the card is the site's own code and markup.
			await page.route('**/pagefind/**', (route) => route.abort());
			await page.goto('/es/buscar/');
			await searchPage(page).getByRole('searchbox').fill(query);
			const support = card(searchPage(page));
			await expect(support).toBeVisible();
			await expect(support.getByRole('heading')).toHaveText('No tienes que pasar por esto en soledad');
			await expect(support.getByRole('link', { name: /llama al.988/ })).toHaveAttribute('href', 'tel:988');
			await expect(support.getByRole('link', { name: /AYUDA/ })).toHaveAttribute('href', 'sms:988?body=AYUDA');
			await expect(support.getByRole('link', { name: 'findahelpline.com' })).toHaveAttribute(
				'href',
				'https://findahelpline.com',
			);
			await expect(support.getByRole('link', { name: 'Más sobre dónde encontrar ayuda' })).toHaveAttribute(
				'href',
				'/es/cuando-parar/#si-lo-estas-pasando-mal',
			);
			await expect(support).toContainText('número de emergencias');
			await expect(support.locator('xpath=..')).toHaveAttribute('aria-live', 'assertive');
		});
	}

	test('shows above every result in the modal on a Spanish step, and an everyday query shows none', async ({
		page,
	}) => {
		await page.goto('/es/pasos/3-tiempo-y-espacio/');
		await scriptsRan(page);
		await page.keyboard.press('/');
		const dialog = page.getByRole('dialog', { name: 'Buscar en la guía' });
		await page.keyboard.type('no puedo mas con esto');
		const support = card(dialog);
		await expect(support).toBeVisible();
		const first = dialog.locator('li.result').first();
		await expect(first).toBeVisible();
		expect((await support.boundingBox())?.y ?? Infinity).toBeLessThan((await first.boundingBox())?.y ?? 0);

		await page.keyboard.press('Control+a');
		await page.keyboard.type('cuánto tiempo espero su respuesta');
		await expect(dialog.locator('li.result').first()).toBeVisible();
		await expect(support).toBeHidden();
	});

	test('an everyday Spanish query on /es/buscar/ shows no card', async ({ page }) => {
		await page.goto('/es/buscar/?q=me+muero+de+ganas+de+verla');
		await expect(results(page)).toHaveAttribute('data-for', 'me muero de ganas de verla');
		await expect(card(searchPage(page))).toBeHidden();
	});
});
