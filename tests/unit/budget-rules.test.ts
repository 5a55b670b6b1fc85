import { describe, expect, test } from 'vitest';
import {
	budgetFor,
	formatTable,
	overBudget,
	searchOverBudget,
	toolsIn,
	type PageCost,
} from '../../support/budget-rules';

const cost = (over: Partial<PageCost>): PageCost => ({
	path: '/steps/1-apologize/',
	htmlCssBytes: 6000,
	jsBytes: 400,
	requests: 2,
	fonts: [],
	images: [],
	tools: 0,
	...over,
});

describe('budgets', () => {
	test.each([
		['/', 0, 14 * 1024, 2048, 3],
		['/steps/3-time-and-space/', 0, 14 * 1024, 2048, 3],
		['/guide/', 0, 30 * 1024, 2048, 3],
		['/self-check/', 1, 14 * 1024, 6144, 4],
		['/apology-checklist/', 1, 14 * 1024, 6144, 4],
		['/steps/1-apologize/', 1, 14 * 1024, 2048, 3],
		['/search/', 0, 14 * 1024, 32 * 1024, 9],
		// Spanish pages: the same budgets, found by their Spanish URL words.
		['/es/', 0, 14 * 1024, 2048, 3],
		['/es/pasos/1-pide-perdon/', 1, 14 * 1024, 2048, 3],
		['/es/guia/', 0, 30 * 1024, 2048, 3],
		['/es/autoevaluacion/', 1, 14 * 1024, 6144, 4],
		['/es/buscar/', 0, 14 * 1024, 32 * 1024, 9],
	])(
		'%s with %i tools may weigh %i bytes of HTML+CSS and %i of JS in %i requests',
		(path, tools, html, js, requests) => {
			expect(budgetFor(path, tools)).toMatchObject({ htmlCssBytes: html, jsBytes: js, requests });
		},
	);

	test('counts the tools a page shows', () => {
		expect(toolsIn('<mend-self-check class="x"></mend-self-check>')).toBe(1);
		expect(toolsIn('<mend-apology-checklist>')).toBe(1);
		expect(toolsIn('<mend-forget-all>')).toBe(1);
		expect(toolsIn('<mend-theme-toggle>')).toBe(0);
	});

	test('a page within its budget passes', () => {
		expect(overBudget(cost({}))).toEqual([]);
	});

	test('each broken budget is named with the page', () => {
		expect(
			overBudget(cost({ htmlCssBytes: 15000, jsBytes: 3000, requests: 5, fonts: ['/f.woff2'], images: ['/hero.png'] })),
		).toEqual([
			'/steps/1-apologize/: HTML+CSS is 15,000 bytes brotli, over its 14,336 bytes budget',
			'/steps/1-apologize/: JavaScript on load is 3,000 bytes brotli, over its 2,048 bytes budget',
			'/steps/1-apologize/: 5 requests on load, over its budget of 3',
			'/steps/1-apologize/: requests web fonts (/f.woff2)',
			'/steps/1-apologize/: requests images on load (/hero.png)',
		]);
	});

	test('the table has a row per page', () => {
		expect(formatTable([cost({})]).split('\n')).toEqual([
			'page                 HTML+CSS (br)  JS (br)  requests',
			'-------------------  -------------  -------  --------',
			'/steps/1-apologize/           6000      400         2',
		]);
	});
});

describe('the first search', () => {
	test('may fetch 100 KB brotli in 8 requests, and says what it fetched when over', () => {
		expect(searchOverBudget({ bytes: 100 * 1024, requests: 8, urls: [] })).toEqual([]);
		const over = searchOverBudget({ bytes: 100 * 1024 + 1, requests: 9, urls: ['/pagefind/pagefind.js'] });
		expect(over).toHaveLength(2);
		expect(over[1]).toContain('/pagefind/pagefind.js');
	});
});
