import { describe, expect, test } from 'vitest';
import { budgetFor, formatTable, overBudget, type PageCost } from '../../scripts/budget-rules';

const cost = (over: Partial<PageCost>): PageCost => ({
	path: '/steps/1-apologize/',
	htmlCssBytes: 6000,
	jsBytes: 400,
	requests: 2,
	fonts: [],
	images: [],
	...over,
});

describe('budgets', () => {
	test.each([
		['/', 14 * 1024, 2048, 3],
		['/steps/3-time-and-space/', 14 * 1024, 2048, 3],
		['/guide/', 30 * 1024, 2048, 3],
		['/self-check/', 14 * 1024, 6144, 4],
	])('%s may weigh %i bytes of HTML+CSS and %i of JS in %i requests', (path, html, js, requests) => {
		expect(budgetFor(path)).toMatchObject({ htmlCssBytes: html, jsBytes: js, requests });
	});

	test('a page within its budget passes', () => {
		expect(overBudget(cost({}))).toEqual([]);
	});

	test('each broken budget is named with the page', () => {
		expect(
			overBudget(cost({ htmlCssBytes: 15000, jsBytes: 3000, requests: 5, fonts: ['/f.woff2'], images: ['/hero.png'] })),
		).toEqual([
			'/steps/1-apologize/: HTML+CSS is 14.6 KB brotli, over its 14.0 KB budget',
			'/steps/1-apologize/: JavaScript on load is 2.9 KB brotli, over its 2.0 KB budget',
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
