/*
 * The care rules the built pages carry: every page a reader reads ends its content with the
 * "If you're struggling" line, links to /when-to-stop/ in the text name the section that fits,
 * the support lines are tel: and sms: links, and the self-check's answer for a reader the gate
 * stops never calls them ready.
 */
import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { LANGUAGES, languageOf, readingPages } from '../../support/site';

const dom = new Map(readingPages().map((page) => [page.path, parse(readFileSync(page.file, 'utf8'))]));
const page = (path: string): HTMLElement => {
	const root = dom.get(path);
	if (!root) throw new Error(`${path} was not built`);
	return root;
};

/** Pages that list every page by its name (no section fits there), in every language. */
const PAGE_LISTS = new Set(LANGUAGES.flatMap((language) => [language.notFound, language.search, language.offline]));
/** The page the line points to, /when-to-stop/, in each language: its twin, as its hreflang links name it. */
const SUPPORT_PAGES = new Map(
	page('/when-to-stop/')
		.querySelectorAll('head link[rel="alternate"][hreflang]')
		.map((link) => [link.getAttribute('hreflang') ?? '', new URL(link.getAttribute('href') ?? '').pathname]),
);
const supportPage = (path: string) => SUPPORT_PAGES.get(languageOf(path).strings['language.tag'] ?? '') ?? '';

describe('the support line ends every page but the one it links to', () => {
	const paths = [...dom.keys()].filter((path) => path !== supportPage(path));

	test('every language has its support page', () => {
		for (const language of LANGUAGES) expect(dom.has(supportPage(language.home)), language.lang).toBe(true);
	});

	test('every step, tool and added page is among them', () => {
		for (const path of [
			'/steps/1-apologize/',
			'/steps/6-accept-their-answer/',
			'/self-check/',
			'/apology-checklist/',
			'/after-you-reach-out/',
			'/look-after-yourself/',
		]) {
			expect(paths).toContain(path);
		}
	});

	test.each(paths)('%s', (path) => {
		const main = page(path).querySelector('main');
		const line = main?.querySelector('[data-support-line]');
		const { strings } = languageOf(path);
		expect(line?.querySelector('a')?.getAttribute('href')).toBe(`${supportPage(path)}#${strings['support.fragment']}`);
		expect(line?.text).toContain(strings['support.lineLink']);
		// It ends the content: nothing to read comes after it in main.
		const last = main?.querySelectorAll('[data-support-line], p, li, h2, h3').at(-1);
		expect(last?.hasAttribute('data-support-line') ? 'the support line' : last?.text).toBe('the support line');
	});
});

describe('links to /when-to-stop/ (and its twins) name the section that fits', () => {
	const paths = [...dom.keys()].filter((path) => !PAGE_LISTS.has(path));
	test.each(paths)('%s', (path) => {
		const bare = page(path)
			.querySelectorAll('main a[href]')
			.filter((a) => a.getAttribute('href') === supportPage(path) && a.closest('nav') === null)
			.map((a) => a.text.trim());
		expect(bare).toEqual([]);
	});
});

describe('support lines', () => {
	test.each(['/when-to-stop/', '/self-check/'])('%s calls and texts with one tap', (path) => {
		const hrefs = page(path)
			.querySelectorAll('.support-lines a')
			.map((a) => a.getAttribute('href'));
		expect(hrefs).toEqual(expect.arrayContaining(['tel:988', 'sms:988', 'tel:+18007997233', 'sms:88788?body=START']));
	});

	test('the abuse section names where to get help', () => {
		const text = sectionText(page('/when-to-stop/'), 'if-the-relationship-involved-abuse');
		for (const name of ['findahelpline.com', 'National Domestic Violence Hotline', '1\u2011800\u2011799\u20117233', 'START to 88788', '988']) {
			expect(text).toContain(name);
		}
	});
});

describe('the self-check, when the gate says stop', () => {
	const selfCheck = page('/self-check/');
	const stopParts = selfCheck.querySelectorAll('[data-reading="stop"], [data-stop-only]');

	test('has its own reading and links a /when-to-stop/ section for each gate question', () => {
		expect(stopParts.length).toBeGreaterThanOrEqual(3);
		const gate = selfCheck.querySelectorAll('fieldset[data-gate]').map((fieldset) => fieldset.getAttribute('data-question'));
		const links = selfCheck
			.querySelectorAll('li[data-stop-section]')
			.map((li) => [li.getAttribute('data-stop-section'), li.querySelector('a')?.getAttribute('href')]);
		expect(links.map(([id]) => id)).toEqual(gate);
		for (const [, href] of links) expect(href).toMatch(/^\/when-to-stop\/#[a-z-]+$/);
	});

	test('never says ready, anywhere it shows', () => {
		for (const part of stopParts) expect(part.text).not.toMatch(/\bready\b/i);
		// Everything else in the result that a stop leaves on screen.
		const shared = selfCheck
			.querySelectorAll('[data-result] > *')
			.filter(
				(el) =>
					!el.hasAttribute('data-reading') &&
					!el.hasAttribute('data-revisit') &&
					!el.hasAttribute('data-reach-out-only') &&
					el.tagName !== 'H2',
			);
		for (const el of shared) expect(el.text).not.toMatch(/\bready\b/i);
		expect(selfCheck.querySelector('[data-result] h2 .eyebrow')?.text).not.toMatch(/ready/i);
	});
});

/** The text of a `##` section: its heading to the next one. */
function sectionText(root: HTMLElement, id: string): string {
	const heading = root.querySelector(`h2#${id}`);
	const parts: string[] = [];
	let el = (heading?.closest('.anchored') ?? heading)?.nextElementSibling ?? null;
	while (el && el.tagName !== 'H2' && !el.querySelector('h2')) {
		parts.push(el.text);
		el = el.nextElementSibling;
	}
	return parts.join(' ');
}
