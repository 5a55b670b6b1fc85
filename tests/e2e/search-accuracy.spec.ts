/*
 * Each language's readers' query set (support/search-queries.ts, search-queries.es.ts) against the
 * built site's search, typed into that language's search page (/search/, /es/buscar/) as a reader
 * would. Targets (issue 12): the expected page in the top 3 for 95% or more,
 * first for 80% or more, and no query the guide answers finding nothing. An entry whose page is not
 * in this build (written on another branch) is skipped and counted; one whose section is missing
 * is checked for its page only, and counted. Both counts are printed: after every page is merged,
 * both must be zero.
 */
import { readFileSync } from 'node:fs';
import { score, siteSearch } from '../../support/bench-search';
import { QUERY_SETS } from '../../support/search-queries';
import { builtHtml } from '../../support/site';
import { expect, test } from './fixtures';

const indexed = builtHtml()
	.map((page) => ({ path: page.path, html: readFileSync(page.file, 'utf8') }))
	.filter((page) => page.html.includes('data-pagefind-body'));
const pages = new Set(indexed.map((page) => page.path));
const anchors = new Map(
	indexed.map((page) => [page.path, new Set([...page.html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1] ?? ''))]),
);

for (const { lang, searchPage, queries } of QUERY_SETS) {
	test(`readers’ own words find the right page (${lang}, on ${searchPage})`, async ({ page }) => {
		test.setTimeout(180_000);
		await page.goto(searchPage);
		await expect(page.locator('mend-search-page').getByRole('searchbox')).toBeVisible();
		const shown = await siteSearch(
			page,
			queries.map((entry) => entry.q),
		);
		const accuracy = score(queries, shown, pages, anchors);
		const sectionsMissing = queries.filter(
			(entry) => entry.section && pages.has(entry.page) && !anchors.get(entry.page)?.has(entry.section),
		).length;
		const misses = queries.flatMap((entry, i) => {
			if (!pages.has(entry.page)) return [];
			const paths = shown[i]?.paths ?? [];
			return paths[0] === entry.page
				? []
				: [`"${entry.q}" → ${paths.slice(0, 3).join(', ') || 'nothing'} (want ${entry.page})`];
		});
		console.log(
			[
				`Reader queries (${lang}): ${accuracy.queries} run, ${accuracy.skipped} skipped (their page is not in this build), ` +
					`${sectionsMissing} checked for their page only (their section is not in this build).`,
				`Top 1: ${accuracy.top1}/${accuracy.queries}; top 3: ${accuracy.top3}/${accuracy.queries}; ` +
					`nothing found: ${accuracy.zeroResults}; expected section listed: ${accuracy.sectionHits}/${accuracy.sectionQueries}.`,
				...misses.map((miss) => `  not first: ${miss}`),
			].join('\n'),
		);
		expect(accuracy.queries, 'most of the set runs in any build').toBeGreaterThanOrEqual(40);
		expect(accuracy.zeroResults, 'queries that found nothing').toBe(0);
		expect(accuracy.top3 / accuracy.queries, `top-3 share; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
		expect(accuracy.top1 / accuracy.queries, `top-1 share; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.8);
	});
}
