/*
 * No English interface text on a page of another language. Every page under dist/CODE/ is read
 * as a reader and a screen reader meet it: its text, and the attributes that are spoken or shown
 * (aria-label, placeholder, title, alt, meta content) or that a script speaks later (the data-*
 * messages of live regions). Any of them that is a value of src/i18n/en.ts fails, naming the
 * page, the key and where it was found. Values both tables share ("No", "Mend") are not English
 * text on a Spanish page, and `language.*` is left out: a language link names English in English.
 *
 * A value with `{placeholders}` matches with anything in their place ("Step {n} of {of}"
 * finds "Step 3 of 6"); the text around a placeholder that a component fills with a link
 * ("{link}, you don't have to carry this alone…") is looked for as a text of its own.
 */
import { readFileSync } from 'node:fs';
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import en from '@/i18n/en';
import { DEFAULT_LANG, splitPlaceholders } from '@/lib/i18n';
import { LANGS, stringsFor } from '@/model/strings';
import { builtHtml } from '../../support/site';

/** Attributes that are words for a reader, not addresses, ids or styling. */
const SPOKEN = /^(aria-label|aria-description|placeholder|title|alt|content|data-(?!astro|pagefind|reserve|js|no-js).+)$/;

/** Placeholders that always hold a number: "Step {n}" is "Step 3", never "Step back from…". */
const NUMBERS = new Set(['n', 'of', 'total', 'answered', 'left', 'done']);

interface Finding {
	key: string;
	where: string;
	text: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The English values a page in `lang` must not show, each as the tests look for it. */
export function englishOnly(lang: string) {
	const own = stringsFor(lang);
	return Object.entries(en)
		.filter(([key, value]) => !key.startsWith('language.') && own[key as keyof typeof en] !== value)
		.map(([key, value]) => ({ key, parts: splitPlaceholders(squash(value)) }))
		// '“{text}”' holds no word of its own: any quotation would match it.
		.filter(({ parts }) => /\p{L}/u.test(parts.filter((_, i) => i % 2 === 0).join('')))
		.map(({ key, parts }) => {
			const fill = (name: string) => (NUMBERS.has(name) ? '\\d+' : '.+?');
			const whole = new RegExp(`^${parts.map((part, i) => (i % 2 === 0 ? escape(part) : fill(part))).join('')}$`, 'su');
			const pieces = parts.filter((part, i) => i % 2 === 0 && /\p{L}{3}/u.test(part)).map(squash);
			return { key, whole, pieces: parts.length > 1 ? pieces : [] };
		});
}

/** Every English interface value in the page's text and spoken attributes. */
export function englishIn(root: HTMLElement, lang: string): Finding[] {
	const values = englishOnly(lang);
	const findings: Finding[] = [];
	const check = (text: string, where: string) => {
		const said = squash(text);
		if (said === '') return;
		for (const { key, whole, pieces } of values) {
			if (whole.test(said) || pieces.includes(said)) findings.push({ key, where, text: said });
		}
	};
	const visit = (node: Node) => {
		if (node.nodeType === 3) {
			const parent = (node.parentNode as HTMLElement | null)?.rawTagName;
			if (parent !== 'script' && parent !== 'style') check(node.text, `text in <${parent}>`);
			return;
		}
		if (node.nodeType === 1) {
			const element = node as HTMLElement;
			for (const [name, value] of Object.entries(element.attributes)) {
				if (SPOKEN.test(name)) check(value, `<${element.rawTagName} ${name}>`);
			}
		}
		node.childNodes.forEach(visit);
	};
	visit(root);
	return findings;
}

const others = LANGS.filter((lang) => lang !== DEFAULT_LANG);
const pagesOf = (lang: string) => builtHtml().filter((page) => page.path.startsWith(`/${lang}/`));

describe('the check finds English interface text', () => {
	test.each([
		['a whole string', '<p>Share this step</p>', 'share.step'],
		['a string with its placeholders filled', '<p class="count">Step 3 of 6</p>', 'progress.stepOf'],
		['a spoken attribute', '<nav aria-label="Previous and next step"></nav>', 'nav.label'],
		['a message kept for a script', '<p data-copied="Link copied"></p>', 'share.copied'],
		[
			'the text around a link',
			'<p><a href="#x">Si lo estás pasando mal</a>, you don\'t have to carry this alone. Free, private support is one call or text away.</p>',
			'support.line',
		],
	])('%s', (_, html, key) => {
		expect(englishIn(parse(html), 'es').map((finding) => finding.key)).toContain(key);
	});

	test('and lets the same text in Spanish, and what both tables share, pass', () => {
		const html = '<nav aria-label="Paso anterior y siguiente"><p>Paso 3 de 6</p><a>Mend</a><a lang="en">English</a></nav>';
		expect(englishIn(parse(html), 'es')).toEqual([]);
	});
});

describe.each(others)('no English interface text on a page in %s', (lang) => {
	const pages = pagesOf(lang);

	test('every page of the language is built', () => {
		expect(pages.map((page) => page.path)).toContain(`/${lang}/`);
		expect(pages.length).toBe(builtHtml().filter((page) => !/^\/[a-z]{2}(-[a-z]+)?\//.test(page.path)).length);
	});

	test.each(pages.map((page) => [page.path, page.file] as const))('%s', (_, file) => {
		const findings = englishIn(parse(readFileSync(file, 'utf8')), lang).map(
			({ key, where, text }) => `${key} (${where}): ${JSON.stringify(text)}`,
		);
		expect(findings).toEqual([]);
	});
});
