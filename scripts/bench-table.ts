/* Prints bench/results.json as Markdown tables (the README shows this output). */
import { readFileSync } from 'node:fs';
// Type-only imports: erased when Node runs this file, so the benchmark itself does not run.
import type { FloorResult, LighthouseResult as Lighthouse } from './bench.ts';
import type { SearchTiming as Search } from './bench-search.ts';

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
			l.performance,
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
console.log(out.join('\n'));
