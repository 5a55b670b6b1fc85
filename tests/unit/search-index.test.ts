import { describe, expect, test } from 'vitest';
import { checkIndexedPages, parseFragment, summarizeIndex, type IndexedPage } from '@/lib/search-index';

const page = (overrides: Partial<IndexedPage> = {}): IndexedPage => ({
	url: '/steps/3-time-and-space/',
	words: 491,
	title: 'Give them time and space',
	kind: 'step',
	step: 'Step 3',
	sections: ['step-3-in-short', 'fair-is-fair'],
	...overrides,
});

describe('parseFragment', () => {
	test('reads what Pagefind stores about a page', () => {
		expect(
			parseFragment({
				url: '/steps/3-time-and-space/',
				word_count: 491,
				filters: { kind: ['step'] },
				meta: { step: 'Step 3', title: 'Give them time and space' },
				anchors: [
					{ element: 'h1', id: 'page-title', text: 'Give them time and space', location: 0 },
					{ element: 'h2', id: 'fair-is-fair', text: 'Fair is fair', location: 181 },
					{ element: 'div', id: 'not-a-section', location: 200 },
				],
				content: '…',
			}),
		).toEqual(page({ sections: ['fair-is-fair'] }));
	});

	test.each([null, 'text', [], { meta: {} }, { url: 3 }])('is undefined for %j', (value) => {
		expect(parseFragment(value)).toBeUndefined();
	});

	test('treats missing or odd fields as absent', () => {
		expect(parseFragment({ url: '/x/', filters: { kind: ['a', 'b'] }, meta: { title: 7 }, anchors: 'no' })).toEqual({
			url: '/x/',
			words: 0,
			title: undefined,
			kind: undefined,
			step: undefined,
			sections: [],
		});
	});
});

describe('checkIndexedPages', () => {
	test('accepts steps, pages and tools that are marked up', () => {
		expect(
			checkIndexedPages([
				page(),
				page({ url: '/', kind: 'page', step: undefined }),
				page({ url: '/t/', kind: 'tool' }),
			]),
		).toEqual([]);
	});

	test('says how to fix each problem', () => {
		expect(
			checkIndexedPages([
				page({ url: '/a/', title: undefined }),
				page({ url: '/b/', kind: undefined }),
				page({ url: '/c/', kind: 'quiz' }),
				page({ url: '/d/', step: undefined }),
			]),
		).toMatchInlineSnapshot(`
			[
			  "/a/ has no title: give it an <h1> inside data-pagefind-body.",
			  "/b/ has kind (none): add data-pagefind-filter="kind:…" with one of step, page, tool.",
			  "/c/ has kind "quiz": add data-pagefind-filter="kind:…" with one of step, page, tool.",
			  "/d/ is a step without data-pagefind-meta="step:Step N".",
			]
		`);
	});

	test('an empty index is an error', () => {
		expect(checkIndexedPages([])).toEqual([
			'No page was indexed: mark the guide text of each page with data-pagefind-body.',
		]);
	});
});

test('summarizeIndex counts pages, words and sections by kind', () => {
	expect(summarizeIndex([page(), page({ kind: 'page', words: 1000, sections: [] })])).toBe(
		'2 pages (1,491 words, 2 sections): 1 step, 1 page',
	);
	expect(summarizeIndex([page({ words: 1, sections: ['x'] })])).toBe('1 page (1 word, 1 section): 1 step');
});
