import type { Page } from '@playwright/test';
import { expect, MOTION, test } from './fixtures';
import { axeViolations, breakStorage, seedStorage, stored, toolScript } from './tools';

const KEY = 'mend:self-check';

/** The four gate questions come first, then the eight about the steps. */
const GATE = 4;
const STEPS = 8;
const TOTAL = GATE + STEPS;

/** Every question group, gate first, in page order. */
const groups = (page: Page) => page.getByRole('main').getByRole('group');

type StepAnswer = 'Yes' | 'Not yet' | 'Not sure';
type GateAnswer = 'Yes' | 'No' | 'Not sure';

/** Answers group `index` (0-based, over all groups) by clicking its label, as a reader on a phone taps it. */
async function tapGroup(page: Page, index: number, answer: StepAnswer | GateAnswer) {
	await groups(page).nth(index).getByText(answer, { exact: true }).click();
}

/** Answers step question `index` (0-based, after the gate). */
const tap = (page: Page, index: number, answer: StepAnswer) => tapGroup(page, GATE + index, answer);

/** The gate's questions, in order, with the answer that lets a reader go on and the section a stop links. */
const GATES = [
	{ name: 'they asked for no contact', clear: 'No', stop: 'Yes', section: 'If they asked for no contact' },
	{ name: 'they blocked the reader', clear: 'No', stop: 'Yes', section: 'If they blocked you' },
	{ name: 'there was abuse', clear: 'No', stop: 'Yes', section: 'If the relationship involved abuse' },
	{ name: 'the reader does not feel safe', clear: 'Yes', stop: 'No', section: 'If you don’t feel safe' },
] as const;

/** Answers the gate so that reaching out is not ruled out, except the answers given. */
async function answerGate(page: Page, others: Record<number, GateAnswer> = {}) {
	for (const [i, gate] of GATES.entries()) await tapGroup(page, i, others[i] ?? gate.clear);
}

/** Answers the gate to go on, then every step question "Yes" except the ones given (indices after the gate). */
async function answerAll(page: Page, others: Record<number, 'Not yet' | 'Not sure'> = {}) {
	await answerGate(page);
	for (let i = 0; i < STEPS; i++) await tap(page, i, others[i] ?? 'Yes');
}

/** The result, whichever reading it gives. */
const result = (page: Page) => page.getByRole('region').filter({ hasText: 'This is a reflection aid' });
const status = (page: Page) => page.getByRole('status').filter({ hasText: 'answered' });

test.describe('on a phone', () => {
	// With motion: the result heading scrolls into view as it takes focus.
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, ...MOTION });

	test('a reader answers every question and sees which steps to revisit', async ({ page, offsite }) => {
		await page.goto('/self-check/');
		await expect(groups(page)).toHaveCount(TOTAL);
		await expect(status(page)).toHaveText(`0 of ${TOTAL} answered, ${TOTAL} to go`);
		await answerGate(page);
		await expect(status(page)).toHaveText(`4 of ${TOTAL} answered, 8 to go`);

		// In any order, changing an answer on the way.
		await tap(page, 7, 'Yes');
		await tap(page, 2, 'Not sure');
		await tap(page, 2, 'Not yet');
		await expect(status(page)).toHaveText(`6 of ${TOTAL} answered, 6 to go`);
		for (const i of [0, 1, 3, 4, 5]) await tap(page, i, 'Yes');
		await expect(status(page)).toHaveText(`11 of ${TOTAL} answered, 1 to go`);
		await expect(page.getByRole('heading', { name: 'Steps to revisit' })).toBeHidden();

		await tap(page, 6, 'Not sure');
		await expect(status(page)).toHaveText(`All ${TOTAL} answered. Your result is below.`);
		const heading = page.getByRole('heading', { level: 2, name: 'You seem nearly there' });
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
		await expect(region.getByText('This is a reflection aid, not professional advice.')).toBeVisible();
		await expect(region.getByRole('link', { name: 'After you reach out' })).toHaveAttribute(
			'href',
			'/after-you-reach-out/',
		);
		await expect(region.getByRole('link', { name: 'reaching out once is not the same as pursuing' })).toHaveAttribute(
			'href',
			'/when-to-stop/#reaching-out-once-is-not-the-same-as-pursuing',
		);
		expect(offsite.urls).toEqual([]);
	});

	test('a stop answer shows its result at once, before the other questions', async ({ page }) => {
		await page.goto('/self-check/');
		await tapGroup(page, 3, 'No');
		const heading = page.getByRole('heading', { level: 2, name: 'Please don’t reach out now' });
		await expect(heading).toBeFocused();
		await expect(heading).toBeInViewport();
		await expect(status(page)).toHaveText(`1 of ${TOTAL} answered. Your result is below.`);
		await expect(result(page).getByRole('link', { name: 'call 988' })).toHaveAttribute('href', 'tel:988');
		await expect(result(page).getByRole('link', { name: 'text 988' })).toHaveAttribute('href', 'sms:988');
	});
});

test.describe('when reaching out is not right now', () => {
	for (const [index, gate] of GATES.entries()) {
		test(`${gate.name}, every other answer yes: not now, the section that fits, the support lines, and never "ready"`, async ({
			page,
		}) => {
			await page.goto('/self-check/');
			await answerGate(page, { [index]: gate.stop });
			for (let i = 0; i < STEPS; i++) await tap(page, i, 'Yes');

			const region = result(page);
			await expect(region.getByRole('heading', { level: 2 })).toHaveText(/Please don’t reach out now/);
			await expect(region.getByText('From what you answered, contacting them now could hurt them')).toBeVisible();
			const read = region.getByRole('link', { name: /^Read “/ });
			await expect(read).toHaveText([`Read “${gate.section}”`]);
			await read.click();
			await expect(page).toHaveURL(/\/when-to-stop\/#if-/);
			await expect(page.getByRole('heading', { level: 2, name: gate.section })).toBeInViewport();
			await page.goBack();

			await expect(region.getByRole('link', { name: 'findahelpline.com' })).toBeVisible();
			await expect(region.getByRole('link', { name: 'call 988' })).toHaveAttribute('href', 'tel:988');
			await expect(region.getByRole('link', { name: /^call 1.800.799.7233$/ })).toHaveAttribute(
				'href',
				'tel:+18007997233',
			);
			await expect(region.getByRole('link', { name: 'text START to 88788' })).toHaveAttribute(
				'href',
				'sms:88788?body=START',
			);
			await expect(region.getByText('This is a reflection aid, not professional advice.')).toBeVisible();
			await expect(region.getByRole('heading', { name: 'Steps to revisit' })).toBeHidden();
			await expect(region.getByRole('link', { name: 'After you reach out' })).toBeHidden();
			expect(await region.innerText()).not.toMatch(/ready/i);
		});
	}

	test('"yes" to everything, gate included, names every section that fits and never says "ready"', async ({ page }) => {
		await page.goto('/self-check/');
		const count = await groups(page).count();
		for (let i = 0; i < count; i++) await tapGroup(page, i, 'Yes');
		await expect(result(page).getByRole('link', { name: /^Read “/ })).toHaveText([
			'Read “If they asked for no contact”',
			'Read “If they blocked you”',
			'Read “If the relationship involved abuse”',
		]);
		expect(await result(page).innerText()).not.toMatch(/ready/i);
	});

	test('changing the stop answer brings back the reading of the steps', async ({ page }) => {
		await page.goto('/self-check/');
		await answerAll(page);
		await expect(page.getByRole('heading', { level: 2, name: 'You seem ready' })).toBeFocused();
		await tapGroup(page, 1, 'Not sure');
		await expect(page.getByRole('heading', { level: 2, name: 'Please don’t reach out now' })).toBeFocused();
		await tapGroup(page, 1, 'No');
		await expect(page.getByRole('heading', { level: 2, name: 'You seem ready' })).toBeVisible();
	});
});

test('the whole self-check works from the keyboard alone', async ({ page, steps }) => {
	await page.goto('/self-check/');
	// The gate: the arrow keys move to "No" (and choose it) without passing "Yes", then Space keeps "Yes" for safety.
	for (let i = 0; i < GATE - 1; i++) {
		await steps.tabUntil('fieldset input[type="radio"]');
		await page.keyboard.press('ArrowDown');
	}
	await steps.tabUntil('fieldset input[type="radio"]');
	await page.keyboard.press('Space');
	await expect(status(page)).toHaveText(`4 of ${TOTAL} answered, 8 to go`);
	await expect(result(page)).toBeHidden();

	for (let i = 0; i < STEPS - 1; i++) {
		await steps.tabUntil('fieldset input[type="radio"]');
		// Space picks "Yes" in every group but the third, where the arrow keys move on to "Not sure".
		if (i === 2) {
			await page.keyboard.press('ArrowDown');
			await page.keyboard.press('ArrowDown');
		} else {
			await page.keyboard.press('Space');
		}
	}
	await expect(status(page)).toHaveText(`11 of ${TOTAL} answered, 1 to go`);
	await page.keyboard.press('Tab');

	// Arrowing through the last group must not pull focus away before the reader has chosen.
	const last = groups(page).nth(TOTAL - 1);
	await page.keyboard.press('ArrowDown');
	await expect(last.getByRole('radio', { name: 'Not yet' })).toBeFocused();
	await page.keyboard.press('ArrowDown');
	const lastChoice = last.getByRole('radio', { name: 'Not sure' });
	await expect(lastChoice).toBeFocused();
	await expect(lastChoice).toBeChecked();
	await expect(result(page)).toBeVisible();

	await page.keyboard.press('Tab');
	await expect(page.getByRole('heading', { level: 2, name: 'You seem nearly there' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Step 2: Communicate honestly and effectively' })).toBeFocused();

	// Back past "Start over" to the last group: changing an answer now updates the result in place.
	await page.keyboard.press('Shift+Tab');
	await expect(page.getByRole('button', { name: 'Start over' })).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await expect(lastChoice).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(last.getByRole('radio', { name: 'Yes' })).toBeChecked();
	await expect(page.getByRole('heading', { level: 2, name: 'You seem nearly there' })).toBeVisible();
	await expect(last.getByRole('radio', { name: 'Yes' })).toBeFocused();
});

test.describe('readings', () => {
	for (const [name, others, heading, revisit] of [
		['every answer yes', {}, 'You seem ready', []],
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
			await expect(result(page).getByRole('link', { name: 'After you reach out' })).toBeVisible();
			await expect(result(page).getByRole('link', { name: 'Where to get support' })).toHaveAttribute(
				'href',
				'/when-to-stop/#if-youre-struggling',
			);
			await expect(result(page).getByText('This is a reflection aid, not professional advice.')).toBeVisible();
		});
	}
});

test('every link in a result reaches the exact section it names', async ({ page }) => {
	await page.goto('/self-check/');
	await answerAll(page, Object.fromEntries(Array.from({ length: STEPS }, (_, i) => [i, 'Not yet'] as const)));
	const links = result(page).getByRole('link', { name: /^Read “/ });
	await expect(links).toHaveCount(STEPS);
	const targets = await links.evaluateAll((els) =>
		els.map((el) => ({ href: el.getAttribute('href') ?? '', name: el.textContent ?? '' })),
	);
	// The first is followed from the result, as a reader would; the others are opened afresh by
	// their address, which lands the same way (each is a plain link) without loading the
	// self-check again each time. (A page already showing one section is left first: a goto that
	// changes only the fragment does not scroll.)
	for (const [index, { href, name }] of targets.entries()) {
		if (index === 0) await result(page).getByRole('link', { name, exact: true }).first().click();
		else {
			await page.goto('about:blank');
			await page.goto(href);
		}
		await expect(page).toHaveURL(href);
		const section = name.replace(/^Read “|”$/g, '');
		await expect(page.getByRole('heading', { name: section, exact: true })).toBeInViewport();
	}
});

test('answers survive a reload and a later visit, and "Start over" clears them', async ({ page }) => {
	await page.goto('/self-check/');
	await answerAll(page, { 1: 'Not sure' });
	await expect(status(page)).toHaveText(`All ${TOTAL} answered. Your result is below.`);
	await page.reload();
	await expect(groups(page).nth(0).getByRole('radio', { name: 'No', exact: true })).toBeChecked();
	await expect(
		groups(page)
			.nth(GATE + 1)
			.getByRole('radio', { name: 'Not sure' }),
	).toBeChecked();
	const heading = page.getByRole('heading', { level: 2, name: 'You seem nearly there' });
	await expect(heading).toBeVisible();
	await expect(heading, 'no focus jump on load').not.toBeFocused();

	await page.goto('/');
	await page.goto('/self-check/');
	await expect(status(page)).toHaveText(`All ${TOTAL} answered. Your result is below.`);

	await page.getByRole('button', { name: 'Start over' }).click();
	await expect(status(page)).toHaveText(`0 of ${TOTAL} answered, ${TOTAL} to go`);
	await expect(page.getByRole('main').getByRole('radio', { checked: true })).toHaveCount(0);
	await expect(result(page)).toBeHidden();
	await expect(groups(page).first().getByRole('radio').first()).toBeFocused();
	expect(await stored(page, KEY)).toBeNull();
	await page.reload();
	await expect(page.getByRole('main').getByRole('radio', { checked: true })).toHaveCount(0);
});

test('answers given before the page’s script arrives are kept and saved; after a reload, storage decides', async ({
	page,
}) => {
	// The page's scripts load once its text is on screen: hold the self-check's back until the reader has answered.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_astro\/SelfCheck[^/]*\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/self-check/');
	await answerGate(page);
	await tap(page, 0, 'Not yet');
	expect(
		await page.evaluate(() => customElements.get('mend-self-check')),
		'answered before the script',
	).toBeUndefined();
	release();
	await expect(status(page)).toHaveText(`5 of ${TOTAL} answered, ${TOTAL - 5} to go`);
	await expect(groups(page).nth(GATE).getByRole('radio', { name: 'Not yet' })).toBeChecked();
	expect(await stored(page, KEY)).toContain('not-yet');

	// Deleted elsewhere (the privacy page), then reloaded: the browser's form memory brings nothing back.
	await page.evaluate((key) => localStorage.removeItem(key), KEY);
	await page.reload();
	await expect(status(page)).toHaveText(`0 of ${TOTAL} answered, ${TOTAL} to go`);
	await expect(page.getByRole('main').getByRole('radio', { checked: true })).toHaveCount(0);
});

test('answers saved before the gate existed come back, with the gate still to answer', async ({ page }) => {
	await seedStorage(
		page,
		KEY,
		'{"v":1,"data":{"answers":{"do-you-truly-believe-that-what-you-did-was-wrong":"not-sure"}}}',
	);
	await page.goto('/self-check/');
	await expect(
		groups(page)
			.nth(GATE + 1)
			.getByRole('radio', { name: 'Not sure' }),
	).toBeChecked();
	await expect(status(page)).toHaveText(`1 of ${TOTAL} answered, 11 to go`);
	await expect(result(page)).toBeHidden();
});

test.describe('stored answers that cannot be used', () => {
	for (const [name, stored] of [
		['corrupted JSON', '{"v":2,"data":{"answers":{"can-you'],
		['a value of the wrong shape', '{"v":2,"data":{"answers":["yes","yes"]}}'],
		[
			'answers that are not answers',
			'{"v":2,"data":{"answers":{"do-you-truly-believe-that-what-you-did-was-wrong":"maybe","do-you-feel-safe-right-now":"not-yet"}}}',
		],
	] as const) {
		test(`${name} leaves an empty self-check that works`, async ({ page }) => {
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			await seedStorage(page, KEY, stored);
			await page.goto('/self-check/');
			await expect(status(page)).toHaveText(`0 of ${TOTAL} answered, ${TOTAL} to go`);
			await answerAll(page);
			await expect(page.getByRole('heading', { level: 2, name: 'You seem ready' })).toBeFocused();
			expect(errors).toEqual([]);
		});
	}

	test('answers from a newer version are kept untouched, and the self-check says so', async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		const newer = '{"v":99,"data":{"answers":{"x":"yes"},"more":true}}';
		await seedStorage(page, KEY, newer);
		await page.goto('/self-check/');
		await expect(page.getByText('Your saved answers were made with a newer version')).toBeVisible();
		await expect(status(page)).toHaveText(`0 of ${TOTAL} answered, ${TOTAL} to go`);
		await answerAll(page);
		await expect(page.getByRole('heading', { level: 2, name: 'You seem ready' })).toBeFocused();
		expect(await stored(page, KEY)).toBe(newer);
		expect(errors).toEqual([]);
	});

	test('storage that throws still gives a result, and says the answers will not be kept', async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await breakStorage(page);
		await page.goto('/self-check/');
		await expect(page.getByText("This page can't save anything on this device")).toBeVisible();
		await answerAll(page, { 3: 'Not yet' });
		await expect(page.getByRole('heading', { level: 2, name: 'You seem nearly there' })).toBeFocused();
		await page.getByRole('button', { name: 'Start over' }).click();
		await expect(result(page)).toBeHidden();
		expect(errors).toEqual([]);
	});
});

test.describe('with JavaScript turned off', () => {
	test.use({ javaScriptEnabled: false });

	test('the questions read as a printable list: the gate with where to read, then each step', async ({ page }) => {
		await page.goto('/self-check/');
		await expect(page.getByText('Turn on JavaScript to see your result, or use this as a printed list')).toBeVisible();
		await expect(groups(page)).toHaveCount(TOTAL);
		const first = groups(page).first();
		await expect(first).toContainText('Have they asked you not to contact them?');
		await expect(first).toContainText("If “Yes” or “Not sure”, please don't reach out now.");
		await expect(first.getByRole('link', { name: '“If they asked for no contact”' })).toHaveAttribute(
			'href',
			'/when-to-stop/#if-they-asked-for-no-contact',
		);
		await expect(groups(page).nth(GATE)).toContainText('Can you apologize without adding “but” or an excuse?');
		await expect(groups(page).nth(GATE)).toContainText('Step 1: You owe them an apology');
		const steps = await page.locator('fieldset:not([data-gate]) .relates').allInnerTexts();
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
	await expect(groups(page)).toHaveCount(TOTAL);
	await expect(groups(page).first()).toBeVisible();
	await expect(page.getByRole('button', { name: 'Start over' })).toBeHidden();
	await expect(page.getByText('Turn on JavaScript to see your result')).toBeHidden();
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`the questions and every kind of result have no accessibility violations (${colorScheme})`, async ({ page }) => {
		// Three full axe runs: on a loaded two-core machine they outlast one test's usual time.
		test.slow();
		await page.emulateMedia({ colorScheme });
		await page.goto('/self-check/');
		await tapGroup(page, 0, 'Not sure');
		await tapGroup(page, 0, 'No');
		expect(await axeViolations(page)).toEqual([]);
		await answerAll(page, { 0: 'Not sure', 5: 'Not yet' });
		await expect(result(page)).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		await tapGroup(page, 2, 'Yes');
		await expect(page.getByRole('heading', { level: 2, name: 'Please don’t reach out now' })).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
}

test('the self-check’s script is small and loads only on its page, in each language', () => {
	const { pages, brotli } = toolScript('mend-self-check');
	expect(pages).toEqual(['/es/autoevaluacion/', '/self-check/']);
	for (const size of brotli) expect(size, 'brotli bytes').toBeLessThanOrEqual(4096);
});

test('the Spanish self-check speaks Spanish and keeps its own answers, apart from the English ones', async ({
	page,
}) => {
	await page.goto('/self-check/');
	await tapGroup(page, 0, 'No');
	// Saved by the page's script, which may arrive just after the tap.
	await expect(status(page)).toHaveText(`1 of ${TOTAL} answered, ${TOTAL - 1} to go`);
	await page.goto('/es/autoevaluacion/');
	const estado = page.getByRole('status').filter({ hasText: 'respondidas' });
	await expect(estado, 'the English answer is not carried over').toHaveText(/^0 de \d+ respondidas, faltan \d+$/);
	await groups(page).nth(0).getByText('No', { exact: true }).click();
	await expect(estado).toHaveText(/^1 de \d+ respondidas, faltan \d+$/);
	const stored = await page.evaluate(() => Object.keys(localStorage).sort());
	expect(stored).toEqual(['mend:es:self-check', KEY]);

	await page.goto('/self-check/');
	await expect(status(page)).toHaveText(`1 of ${TOTAL} answered, ${TOTAL - 1} to go`);
	await expect(groups(page).nth(0).getByRole('radio', { name: 'No', exact: true })).toBeChecked();
});
