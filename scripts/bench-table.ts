/* Prints bench/results.json as Markdown tables (the README shows this output). */
import { readFileSync } from 'node:fs';
// Type-only imports: erased when Node runs this file, so the benchmark itself does not run.
import type { FloorResult, LighthouseResult as Lighthouse } from './bench.ts';
import type { SearchBench, SearchTiming as Search } from '../support/bench-search.ts';

/** The shape bench.ts writes to bench/results.json. */
interface Results {
	date: string;
	machine: string;
	build: { medianMs: number; outputBytes: number; indexBytes: number };
	lighthouse: Record<string, Lighthouse>;
	search: Search;
	scale: Record<string, { buildMs: number; outputBytes: number; indexBytes: number; search: Search }>;
	/** Absent from results written before the floor was measured. */
	floor?: { date: string; pages: Record<string, FloorResult> };
	/** The floor run before the last `--floor` run, to judge a change against. */
	previousFloor?: { date: string; pages: Record<string, FloorResult> };
	/** Search as a reader meets it, before issue 12 (Pagefind's Component UI) and now. */
	searchBefore?: SearchBench & { lighthouse?: Lighthouse };
	searchBench?: SearchBench;
}

const results = JSON.parse(readFileSync(new URL('../bench/results.json', import.meta.url), 'utf8')) as Results;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const table = (header: string[], rows: (string | number)[][]) =>
	[
		`| ${header.join(' | ')} |`,
		`| ${header.map(() => '---').join(' | ')} |`,
		...rows.map((r) => `| ${r.join(' | ')} |`),
	].join('\n');

const out: string[] = [`Measured ${results.date.slice(0, 10)} on ${results.machine}.`, ''];
out.push(
	table(
		['page', 'perf', 'a11y', 'best practices', 'SEO', 'LCP', 'TBT', 'CLS'],
		Object.entries(results.lighthouse).map(([page, l]) => [
			`\`${page}\``,
			Math.round(l.performance),
			l.accessibility,
			l.bestPractices,
			l.seo,
			`${Math.round(l.lcpMs)} ms`,
			`${Math.round(l.tbtMs)} ms`,
			l.cls.toFixed(3),
		]),
	),
	'',
);
const floorTable = (floor: { date: string; pages: Record<string, FloorResult> }, label: string) =>
	[
		`${label} (${floor.date.slice(0, 10)}): Lighthouse LCP beside a bare Astro build of the same text, median of each page's runs (every run's LCP in brackets).`,
		'',
		table(
			['page', 'site LCP', 'bare Astro LCP', 'ratio', 'site style & layout', 'bare style & layout'],
			Object.entries(floor.pages).map(([page, f]) => [
				`\`${page}\``,
				`${Math.round(f.site.lcpMs)} ms (${f.lcpRuns.site.join(', ')})`,
				`${Math.round(f.bare.lcpMs)} ms (${f.lcpRuns.bare.join(', ')})`,
				`${f.ratio.toFixed(2)}x`,
				`${Math.round(f.site.styleLayoutMs)} ms`,
				`${Math.round(f.bare.styleLayoutMs)} ms`,
			]),
		),
		'',
	].join('\n');
if (results.previousFloor) out.push(floorTable(results.previousFloor, 'Against the floor, the run before'));
if (results.floor) out.push(floorTable(results.floor, 'Against the floor'));
const sizes = [
	[
		'6 (the site)',
		results.build.medianMs,
		results.build.outputBytes,
		results.build.indexBytes,
		results.search,
	] as const,
];
const scaled = Object.entries(results.scale).map(
	([count, r]) => [`${count} generated`, r.buildMs, r.outputBytes, r.indexBytes, r.search] as const,
);
out.push(
	table(
		['steps', 'build', 'output', 'search index', 'search median', 'search p90', 'bytes for first query'],
		[...sizes, ...scaled].map(([label, build, output, index, search]) => [
			label,
			s(build),
			kb(output),
			kb(index),
			`${Math.round(search.medianMs)} ms`,
			`${Math.round(search.p90Ms)} ms`,
			kb(search.firstQueryBytes),
		]),
	),
);
const small = results.scale['100'];
const large = results.scale['1000'];
if (small && large) {
	out.push(
		'',
		`Growth from 100 to 1,000 steps (10x the content): build ${(large.buildMs / small.buildMs).toFixed(1)}x, ` +
			`search index ${(large.indexBytes / small.indexBytes).toFixed(1)}x, ` +
			`bytes fetched for the first query ${(large.search.firstQueryBytes / small.search.firstQueryBytes).toFixed(1)}x, ` +
			`search median ${(large.search.medianMs / small.search.medianMs).toFixed(1)}x.`,
	);
}
const before = results.searchBefore;
const now = results.searchBench;
if (before && now) {
	const pct = (n: number, of: number) => `${n}/${of} (${Math.round((100 * n) / Math.max(1, of))}%)`;
	const lhNow = results.lighthouse['/search/?q=space'];
	const row = (label: string, was: string, is: string) => [label, was, is];
	out.push(
		'',
		`Search as a reader meets it (Chromium, CPU 4x slower, 390 px, fresh cache; before: Pagefind's Component UI):`,
		'',
		table(
			['', 'before', 'now'],
			[
				row(
					'readers’ queries run (skipped: page not built)',
					`${before.accuracy.site.queries} (${before.accuracy.site.skipped})`,
					`${now.accuracy.site.queries} (${now.accuracy.site.skipped})`,
				),
				row(
					'expected page first',
					pct(before.accuracy.site.top1, before.accuracy.site.queries),
					pct(now.accuracy.site.top1, now.accuracy.site.queries),
				),
				row(
					'expected page in the top 3',
					pct(before.accuracy.site.top3, before.accuracy.site.queries),
					pct(now.accuracy.site.top3, now.accuracy.site.queries),
				),
				row('nothing found', `${before.accuracy.site.zeroResults}`, `${now.accuracy.site.zeroResults}`),
				// The "before" figures were polled from the test; Event Timing came later (bench-search.ts).
				row(
					'`/` to the box focused, polled from the test (median of 5)',
					`${before.focusPolledMs ?? before.focusMs} ms`,
					`${now.focusPolledMs ?? now.focusMs} ms`,
				),
				row(
					'`/` to the next paint with the box focused, Event Timing (median of 5)',
					before.focusPolledMs === undefined ? 'not measured' : `${before.focusMs} ms`,
					`${now.focusMs} ms`,
				),
				row(
					'the same, pressed while the offline copy downloads',
					before.focusWhileCopyingMs === undefined ? 'not measured' : `${before.focusWhileCopyingMs} ms`,
					now.focusWhileCopyingMs === undefined ? 'not measured' : `${now.focusWhileCopyingMs} ms`,
				),
				row('keystroke to results, median', `${before.latency.medianMs} ms`, `${now.latency.medianMs} ms`),
				row('keystroke to results, p90', `${before.latency.p90Ms} ms`, `${now.latency.p90Ms} ms`),
				row(
					'first search from a step page',
					`${kb(before.firstSearch.brotliBytes)} in ${before.firstSearch.requests} requests`,
					`${kb(now.firstSearch.brotliBytes)} in ${now.firstSearch.requests} requests`,
				),
				row(
					'`/search/?q=space` Lighthouse perf, CLS',
					before.lighthouse ? `${Math.round(before.lighthouse.performance)}, ${before.lighthouse.cls.toFixed(3)}` : '–',
					lhNow ? `${Math.round(lhNow.performance)}, ${lhNow.cls.toFixed(3)}` : '–',
				),
			],
		),
	);
}
console.log(out.join('\n'));
