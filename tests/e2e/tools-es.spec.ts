/*
 * The Spanish tools in a browser: the self-check (its gate included) and the checklist work in
 * Spanish, keep their own state beside the English (mend:es:… keys), and /es/privacidad/ deletes
 * both languages'. Then axe on a sample of Spanish pages in the states a reader sees them in: the
 * full sweep (a11y.spec.ts) already covers every page of both languages at rest.
 */
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { stored } from './tools';

const KEYS = {
	en: { selfCheck: 'mend:self-check', checklist: 'mend:apology-checklist' },
	es: { selfCheck: 'mend:es:self-check', checklist: 'mend:es:apology-checklist' },
} as const;

const groups = (page: Page) => page.getByRole('main').getByRole('group');
const tapGroup = (page: Page, index: number, answer: string) =>
	groups(page).nth(index).getByText(answer, { exact: true }).click();
const result = (page: Page) => page.getByRole('region').filter({ hasText: 'Esto es una ayuda para reflexionar' });

/** The Spanish gate: the answer that goes on, the one that stops, and the cuando-parar section it links. */
const GATES = [
	{ clear: 'No', stop: 'Sí', section: 'Si te pidió que no le escribas', id: 'si-te-pidio-que-no-le-escribas' },
	{ clear: 'No', stop: 'Sí', section: 'Si te bloquearon', id: 'si-te-bloquearon' },
	{ clear: 'No', stop: 'Sí', section: 'Si hubo maltrato en la relación', id: 'si-hubo-maltrato-en-la-relacion' },
	{ clear: 'Sí', stop: 'No', section: 'Si no te sientes a salvo', id: 'si-no-te-sientes-a-salvo' },
] as const;
const STEPS = 8;

test.describe('the Spanish self-check’s gate', () => {
	for (const [index, gate] of GATES.entries()) {
		test(`«${gate.stop}» to «${gate.section}» stops, in Spanish, links its section of /es/cuando-parar/ and never says «listo»`, async ({
			page,
		}) => {
			await page.goto('/es/autoevaluacion/');
			for (const [i, g] of GATES.entries()) await tapGroup(page, i, i === index ? g.stop : g.clear);
			for (let i = 0; i < STEPS; i++) await tapGroup(page, GATES.length + i, 'Sí');

			const region = result(page);
			await expect(region.getByRole('heading', { level: 2 })).toHaveText(/Por favor, no le escribas ahora/);
			const read = region.getByRole('link', { name: /^Lee «/ });
			await expect(read).toHaveText([`Lee «${gate.section}»`]);
			await expect(read).toHaveAttribute('href', `/es/cuando-parar/#${gate.id}`);
			await expect(region.getByRole('link', { name: 'findahelpline.com' })).toBeVisible();
			await expect(region.getByRole('link', { name: /llama al.988/ })).toHaveAttribute('href', 'tel:988');
			await expect(region.getByRole('heading', { name: 'Pasos para repasar' })).toBeHidden();
			expect(await region.innerText()).not.toMatch(/\blist[oa]s?\b|en condiciones/i);

			await read.click();
			await expect(page).toHaveURL(`/es/cuando-parar/#${gate.id}`);
			await expect(page.getByRole('heading', { level: 2, name: gate.section })).toBeInViewport();
		});
	}
});

test('the Spanish and English self-checks keep their own answers, each through a reload', async ({ page }) => {
	await page.goto('/es/autoevaluacion/');
	await tapGroup(page, 0, 'No lo sé');
	await expect.poll(() => stored(page, KEYS.es.selfCheck)).not.toBeNull();
	expect(await stored(page, KEYS.en.selfCheck), 'answering in Spanish leaves the English untouched').toBeNull();

	await page.goto('/self-check/');
	await expect(page.getByRole('main').getByRole('radio', { checked: true })).toHaveCount(0);
	const spanish = await stored(page, KEYS.es.selfCheck);
	await tapGroup(page, 0, 'No');
	await expect.poll(() => stored(page, KEYS.en.selfCheck)).not.toBeNull();
	expect(await stored(page, KEYS.es.selfCheck), 'answering in English leaves the Spanish untouched').toBe(spanish);
	await page.reload();
	await expect(groups(page).first().getByRole('radio', { name: 'No', exact: true })).toBeChecked();

	await page.goto('/es/autoevaluacion/');
	await expect(groups(page).first().getByRole('radio', { name: 'No lo sé' })).toBeChecked();
	await expect(page.getByRole('main').getByRole('radio', { checked: true })).toHaveCount(1);
});

test('the Spanish and English checklists keep their own ticks and drafts, each through a reload', async ({ page }) => {
	const draft = (p: Page, name: string) => p.getByRole('textbox', { name });
	await page.goto('/es/lista-de-la-disculpa/');
	await page.getByRole('checkbox', { name: 'Prepárate para aceptar un no.' }).check();
	await draft(page, 'Tu disculpa, con tus propias palabras').fill('Dejé de contestar tus llamadas, y estuvo mal.');
	await expect(page.getByRole('status').filter({ hasText: /listos$/ })).toHaveText('1 de 9 listos');
	await expect.poll(() => stored(page, KEYS.es.checklist)).not.toBeNull();
	expect(await stored(page, KEYS.en.checklist)).toBeNull();

	await page.goto('/apology-checklist/');
	await expect(page.locator('mend-apology-checklist').getByRole('checkbox', { checked: true })).toHaveCount(0);
	await expect(draft(page, 'Your apology, in your own words')).toHaveValue('');
	await page.getByRole('checkbox', { name: 'Be ready to accept no.' }).check();
	await expect.poll(() => stored(page, KEYS.en.checklist)).not.toBeNull();

	await page.goto('/es/lista-de-la-disculpa/');
	await page.reload();
	await expect(page.getByRole('checkbox', { name: 'Prepárate para aceptar un no.' })).toBeChecked();
	await expect(page.locator('mend-apology-checklist').getByRole('checkbox', { checked: true })).toHaveCount(1);
	await expect(draft(page, 'Tu disculpa, con tus propias palabras')).toHaveValue(
		'Dejé de contestar tus llamadas, y estuvo mal.',
	);
});

test('/es/privacidad/ deletes both languages’ answers, ticks and drafts', async ({ page }) => {
	// Each answer is saved by the page's script, which may arrive just after the tap: wait for it.
	await page.goto('/self-check/');
	await tapGroup(page, 0, 'No');
	await expect.poll(() => stored(page, KEYS.en.selfCheck)).not.toBeNull();
	await page.goto('/es/autoevaluacion/');
	await tapGroup(page, 0, 'No');
	await expect.poll(() => stored(page, KEYS.es.selfCheck)).not.toBeNull();
	await page.goto('/es/lista-de-la-disculpa/');
	await page.getByRole('checkbox', { name: 'Prepárate para aceptar un no.' }).check();
	await expect.poll(() => stored(page, KEYS.es.checklist)).not.toBeNull();

	await page.goto('/es/privacidad/');
	const keys = () => page.evaluate(() => Object.keys(localStorage).sort());
	expect(await keys()).toEqual([KEYS.es.checklist, KEYS.es.selfCheck, KEYS.en.selfCheck].sort());
	await page.getByRole('button', { name: 'Borrar todo lo que guarda este sitio' }).click();
	const dialog = page.getByRole('dialog', { name: '¿Borrar todo?' });
	await dialog.getByRole('button', { name: 'Borrar todo', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Listo.' })).toBeVisible();
	expect(await keys()).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
	test(`axe finds no violations on a sample of Spanish pages, in use, in the ${theme} theme`, async ({ page }) => {
		test.slow();
		await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
		// At rest, every Spanish page is in the sweep (a11y.spec.ts); these are the states in use.
		const violations: string[] = [];
		await page.goto('/es/buscar/?q=perdón');
		await expect(page.locator('mend-search-page li.result').first().getByRole('link').first()).toBeVisible();
		violations.push(...(await axeViolations(page)));
		await page.goto('/es/autoevaluacion/');
		await tapGroup(page, 2, 'Sí');
		await expect(result(page).getByRole('heading', { level: 2 })).toBeVisible();
		violations.push(...(await axeViolations(page)));
		await page.goto('/es/lista-de-la-disculpa/');
		await page.getByRole('checkbox', { name: 'Prepárate para aceptar un no.' }).check();
		violations.push(...(await axeViolations(page)));
		expect(violations).toEqual([]);
	});
}
