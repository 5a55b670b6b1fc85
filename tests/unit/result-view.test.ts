import { describe, expect, it } from 'vitest';
import { ASKED_END, ASKED_START, askedWeight, headingIds, injectAskedAs } from '@/lib/asked-as';
import { askedAsSchema } from '@/schemas/asked-as';
import { highlightUrl, resultView, type PageData } from '@/islands/search/result-view';

const filler = (n: number, word = 'text') => Array.from({ length: n }, () => word).join(' ');

/** A page as Pagefind stores it: the title, then two sections, the second with askedAs words. */
function page(): PageData {
	const parts = [
		'Give them time and space.', // 0-4
		'Fair is fair.', // 5-7: heading
		`${ASKED_START} how long should i wait ${ASKED_END}`, // 8-14
		`${filler(30)} patience matters.`, // 15-46
		'Do not rush.', // 47-49: heading
		filler(10, 'pressure'), // 50-59
	];
	return {
		url: '/steps/3-time-and-space/',
		content: parts.join(' '),
		meta: { title: 'Give them time and space', step: 'Step 3' },
		filters: { kind: ['step'] },
		anchors: [
			{ element: 'h2', id: 'fair-is-fair', text: 'Fair is fair', location: 5 },
			{ element: 'h2', id: 'do-not-rush', text: 'Do not rush', location: 47 },
		],
	};
}

describe('resultView', () => {
	it('leads to the section whose askedAs words matched, with an excerpt of its prose only', () => {
		const view = resultView(page(), [{ location: 10, weight: 3 }], ['long', 'wait']);
		expect(view.label).toBe('Step 3');
		expect(view.sections.map((s) => s.url)).toEqual([
			'/steps/3-time-and-space/?pagefind-highlight=long&pagefind-highlight=wait#fair-is-fair',
		]);
		const [section] = view.sections;
		expect(section?.excerpt).not.toContain(ASKED_START);
		expect(section?.excerpt).not.toContain('should');
		expect(section?.excerpt.startsWith('text text')).toBe(true);
		expect(view.excerpt).not.toMatch(/mendasked|should i wait/);
	});

	it('centres an excerpt on the matched prose words and marks them', () => {
		const view = resultView(page(), [{ location: 46, weight: 1 }], ['patience']);
		expect(view.sections[0]?.excerpt).toMatch(/<mark>matters\.<\/mark>$/);
		expect(view.sections[0]?.excerpt.startsWith('… ')).toBe(true);
	});

	it('lists the most-matched sections in page order', () => {
		const hits = [
			{ location: 52, weight: 1 },
			{ location: 53, weight: 1 },
			{ location: 20, weight: 1 },
		];
		expect(resultView(page(), hits, []).sections.map((s) => s.title)).toEqual(['Fair is fair', 'Do not rush']);
	});

	it('escapes the page’s words, so text that looks like markup stays text', () => {
		const data = { ...page(), content: 'Use <b>care</b> here', anchors: [] };
		expect(resultView(data, [], []).excerpt).toBe('Use &lt;b&gt;care&lt;/b&gt; here');
	});
});

describe('highlightUrl', () => {
	it('carries the words to highlight before the section', () => {
		expect(highlightUrl('/when-to-stop/', ['blocked'], 'no-contact')).toBe(
			'/when-to-stop/?pagefind-highlight=blocked#no-contact',
		);
		expect(highlightUrl('/when-to-stop/?x=1', [])).toBe('/when-to-stop/');
	});
});

describe('askedAs', () => {
	const issues = (value: unknown) =>
		askedAsSchema.safeParse(value).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];
	it('reads a map of section ids to phrasings, trimmed', () => {
		expect(askedAsSchema.parse({ 'fair-is-fair': [' how long '] })).toEqual({ 'fair-is-fair': ['how long'] });
	});
	it('names the field of a malformed entry', () => {
		expect(issues(['x'])).toEqual([
			': askedAs must map section ids to lists of phrasings, like "fair-is-fair: [how long should I wait]"',
		]);
		expect(issues({ 'Fair is fair': ['x'] })).toEqual([
			'Fair is fair: askedAs keys must be section ids (lowercase words joined by hyphens) or "page"',
		]);
		expect(issues({ fair: [] })).toEqual(['fair: list one or more phrasings']);
		expect(issues({ fair: ['ok', ''] })).toEqual(['fair.1: each phrasing must be non-empty text']);
		expect(issues({ fair: ['<b>ok</b>'] })).toEqual(['fair.0: each phrasing must be plain text, without < or >']);
	});
	it('adds the phrasings after their heading, between the markers, and names headings it cannot find', () => {
		const html = '<div><h2 id="fair-is-fair">Fair <em>is</em> fair</h2><a>link</a></div><p>Prose</p>';
		const { html: out, missing } = injectAskedAs(html, { 'fair-is-fair': ['how long', 'wait'], nope: ['x'] });
		expect(out).toBe(
			`<div><h2 id="fair-is-fair">Fair <em>is</em> fair</h2><span data-pagefind-weight="3"> ${ASKED_START} how long . wait ${ASKED_END} </span><a>link</a></div><p>Prose</p>`,
		);
		expect(missing).toEqual(['nope']);
		expect(headingIds(html)).toEqual(['fair-is-fair']);
	});
	it('weighs askedAs by the page’s language: more in Spanish, the default for a language without its own', () => {
		const html = '<h2 id="es-lo-justo">Es lo justo</h2>';
		expect(injectAskedAs(html, { 'es-lo-justo': ['cuanto espero'] }, askedWeight('es')).html).toContain(
			'data-pagefind-weight="6"',
		);
		expect(askedWeight('en')).toBe(3);
		expect(askedWeight('xx')).toBe(3);
	});
});
